"""Cue words that tie figures together in Chinese report prose: pure data, no logic.

Each table has one job; `model.py` and `relate.py` build their patterns from them, longest word first,
so adding a cue is adding it here.
"""

from __future__ import annotations

from .. import lexicon as base_lexicon

# fmt: off

# --- lists of parts -------------------------------------------------------------------------------------
# A list of parts follows: 其中A…, B…; 包括A、B; 结果分别为A、B.
# (评价结果为“优”的35个,“良”的19个: the grades an appraisal gave, one each)
PARTS_FOLLOW = ("其中", "包括", "包含", "分别为", "分别是", "分别", "评价结果为", "考核结果为", "评定结果为")
# A breakdown by a dimension opening its sentence: 按经营地分, 分产业看, 从申请事项看; its whole is the
# sentence before.
BY_DIMENSION = (
    ("按", "分类"), ("按", "划分"), ("按", "分"), ("分", "看"), ("从", "看"),
    ("按", "配置"), ("按", "统计"),  # 按四分类配置:, 按类型统计:
)
# Measures whose make-up a dimension names (从支出结构看: the spending's parts), unlike 年龄结构 or 产业结构, which
# name the dimension itself.
STRUCTURED_MEASURES = ("支出", "收入", "资产", "负债", "投资", "贷款", "存款", "成本", "费用", "税收", "利润")
# A list item that names "the rest": its list covers the whole.
REST_ITEMS = ("其他", "其它", "其余", "剩余", "另有", "未定级", "未评级", "未分类")
# The same closing a list's last kind: 大豆及其他, 杂粮等其他.
REST_JOINED = ("及其他", "及其它", "和其他", "等其他", "等其它", "及其余")
# Endings that name a measure rather than a kind (森林面积, 耕地保有量, 存款余额): after a ；such a name opens a
# figure of its own, not the next item of a list whose first item is a kind (其中人工造林42万亩).
MEASURE_ENDS = ("面积", "量", "额", "值", "规模", "总数", "人数", "户数", "人口")
# A bracketed part of the figure before the bracket: 4822件(含再审1件).
PAREN_PART = ("含", "包含", "其中")
# A clause that opens with its own period states something new, not one more item of a list before it
# (其中企业1518户；第三季度新设经营主体1602户).
PERIOD_OPENERS = (
    "本年度", "本年", "今年", "全年", "当年", "年内", "上半年", "下半年", "本季度", "本月", "同期", "截至", "截止",
    "年末", "年底", "会后",
)
# Words that make a figure a flow into or out of a stock, or a goal for it (新设市场主体2.15万户, 注销8926户,
# 力争突破30万户): no share of the stock a section's opening states.
FLOW_OR_GOAL = (
    "新设", "新增", "新建", "新成立", "新登记", "新注册", "注销", "吊销", "迁入", "迁出", "退出", "力争", "预计",
    "目标",
    "突破",
)
# Words of a goal, not of a figure reached (力争到"十四五"末保险深度达到4.5%)
GOAL_WORDS = ("力争", "争取", "确保", "目标", "计划", "预计")
# Words that make a figure one day's (当日发送旅客147.2万人次): no kind of a period's total stated before.
ONE_DAY = ("当日", "当天", "单日", "高峰日", "最高日", "日均")
# A clause that opens with a new action states what else was done, not one more kind of the whole
# (A级景区28家,其中5A级1家、4A级7家,新创4A级景区2家; 统筹资金1.4亿元,其中…；发放贷款2.35亿元).
ACTION_OPENERS = (
    "新创", "新增", "新建", "新设", "新认定", "新评", "新获", "新引进", "新开工", "新签约", "发放", "惠及", "带动",
    "督促", "追回", "挽回", "拉动", "撬动", "帮助", "扶持", "贴息", "争取", "兑现", "拨付", "下达", "累计",
    "新开通", "新开辟", "新开设", "新投产", "新投用", "新成立", "新组建", "新培育", "新登记", "新注册", "新招录",
    "新入驻", "新上线", "新落户", "新设立", "新获批", "新批准", "新纳入", "新开",
)
# Verbs that, opening a clause after a ；, start what else was done, not one more kind of a list of things
# (补充耕地4.6万亩,其中水田1.3万亩；实施高标准农田建设186万亩).
CLAUSE_VERBS = (
    "实施", "完成", "开展", "组织", "建设", "建成", "改造", "整治", "修复", "治理", "培训", "举办", "推动", "推进",
    "落实", "创建", "启动", "实现", "投入", "安排", "筹集", "查处", "办理", "受理", "审结", "化解", "新建", "改建",
    "扩建", "打造", "出台", "制定", "修订", "清理", "印发", "完善", "提升", "补充", "发现", "排查",
    "聘用", "聘请", "选聘", "招聘",  # 其中市级林长11名…,聘用生态护林员4160名: others taken on, no kind of the whole
)
# Series that are complete when every member is listed: the three industries, town and country.
COMPLETE_SERIES = (
    ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"),
    ("城镇", "乡村"), ("城镇", "农村"), ("城市", "农村"), ("境内", "境外"), ("出口", "进口"), ("线上", "线下"),
    ("国内", "入境"),  # 国内游客 and 入境游客 are all the visitors (国内外游客)
    ("国内", "涉外"),  # 国内公证 and 涉外公证 are all the notarial acts
    ("同城", "异地", "国际"),  # express parcels: 同城, 异地 and 国际及港澳台 are all of them
    ("商品零售", "餐饮收入"),  # retail sales by kind of spending: goods sold and catering
    ("出国", "港澳", "赴台"),  # outbound travel: abroad, to Hong Kong and Macao, to Taiwan
    # routes, flights and passengers: 国内, 国际 and 地区 (港澳台) are all of them
    ("国内", "国际", "地区"), ("国内", "地区", "国际"), ("国内", "国际", "港澳台"), ("国内", "港澳台", "国际"),
    ("一星", "二星", "三星", "四星", "五星"),  # the star ratings of volunteers, hotels, sites: all the grades
    ("男", "女"),
    # the kinds of market entity (市场主体)
    ("企业", "个体工商户", "农民专业合作社"),
    # the four sources of a household's income per head (工资性收入, 经营净收入, 财产净收入, 转移净收入)
    ("工资性", "经营", "财产", "转移"),
    # the four functions of a procuratorate (四大检察)
    ("刑事检察", "民事检察", "行政检察", "公益诉讼"),
    # the levels of government below a province or a city: 市级, 县级 and 乡镇 (街道) staff are all of a city's
    ("市级", "县级", "乡镇"), ("市级", "县级", "乡镇", "村"),  # 村 goes on the list, not after it
    ("市级", "县级", "乡级", "村级"),
    # the four kinds of community correction (社区矫正对象 on probation, parole, medical parole, public surveillance)
    ("缓刑", "假释", "暂予监外执行", "管制"),
    # the three kinds of household watched against falling back into poverty (防止返贫监测对象)
    ("脱贫不稳定", "边缘易致贫", "突发严重困难"),
    # the three kinds of primary party organisation (基层党组织): 党委, 党总支 and 党支部
    ("党委", "党总支", "党支部"),
    # fish are farmed or caught; aquatic products come from the sea or fresh water
    ("养殖", "捕捞"), ("海水", "淡水"),
    ("专职", "兼职"),  # staff are full-time or part-time
    ("财产险", "人身险"),  # insurance is on property or on persons
    ("寿险", "健康险", "意外险"),  # insurance on persons: life, health and accident
    ("进港", "出港"),  # ships and cargo come in or go out of a port
    ("上涨", "下降", "持平"),  # prices of the kinds surveyed rose, fell or held
    # the three classes of land (农用地, 建设用地, 未利用地)
    ("农用地", "建设用地", "未利用地"),
    # the two kinds of local government debt (一般债务, 专项债务), and of the bonds that fund it
    ("一般债务", "专项债务"), ("一般债券", "专项债券"),
    # the seasons of a year's grain harvest: 夏粮, 早稻 and 秋粮 (or 夏粮 and 秋粮 where no early rice grows)
    ("夏粮", "早稻", "秋粮"), ("夏粮", "秋粮"),
    # the branches of 农林牧渔业总产值, with or without the services that support them
    ("农业", "林业", "牧业", "渔业", "辅助"), ("农业", "林业", "牧业", "渔业", "服务业"),
    ("农业", "林业", "牧业", "渔业"),
    # the sources of energy consumed: coal, oil, gas and the non-fossil rest
    ("煤炭", "石油", "天然气", "非化石"),
    # the two schemes of basic social insurance: for employees and for town and country residents
    ("职工", "城乡居民"),
    # the users of electricity: the three industries and households (全社会用电量)
    ("第一产业", "第二产业", "第三产业", "城乡居民生活"),
    # the two kinds of a budget unit's spending: to keep it running and on its projects (部门决算)
    ("基本支出", "项目支出"), ("人员经费", "公用经费"),
    # what a legislature does with a law (新制定, 修改, 废止), and what a clean-up of rules does with each of them
    ("制定", "修改", "废止"), ("保留", "修改", "废止"),
    # the channels a petition comes by (信访): letters, visits and the internet
    ("来信", "来访", "网上"), ("来信", "来访", "网络"),
    ("现场", "远程"),  # a service is used on site or from afar (现场查档, 远程查档)
    ("自行", "委托"),  # waste is treated by its producer or by another on its behalf (自行利用处置, 委托利用处置)
    # a government's own level and every level below it: 市本级A,各县(市、区)B; 区本级A,各街道B
    ("市本级", "各县"), ("市本级", "各区"), ("省本级", "各市"), ("县本级", "各乡镇"), ("区本级", "各街道"),
    ("区本级", "各镇"),
    # the seven categories of disability on the national register (持证残疾人 by 残疾类别)
    ("视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"),
    # the levels of a district or county and what lies below: 区级A、街道级B、社区级C (各级…共T)
    ("区级", "街道", "社区"), ("县级", "乡镇", "村级"),
)
# Kinds handled together though named unalike: 人大代表建议 and 政协提案 (a rate or a 其中 after both is of both).
PAIRED_KINDS = (("建议", "提案", "议案"),)
# Complementary kinds that are all of a whole only when each names its item outright (公立医院, 民营医院), not
# narrowed by a word before it (普惠性民办幼儿园 is some of the 民办 ones).
OPENING_SERIES = (
    ("公立", "民营"), ("公办", "民办"), ("本科", "专科"), ("国有", "非国有"), ("国内", "国际"),
    ("国内", "国际", "地区"),  # routes and flights: domestic, international and 港澳台 (地区)
    ("三级", "二级", "一级", "未定级"),
)
# Series complete only for some measures: the three industries make up the GDP, the value added, the investment
# and the employed, but not the electricity used (城乡居民生活用电 is a fourth part) nor most other measures.
SERIES_MEASURES = (
    (("第一产业", "第二产业", "第三产业"), ("增加值", "生产总值", "产值", "GDP", "投资", "就业", "从业")),
    (("一产", "二产", "三产"), ("增加值", "生产总值", "产值", "GDP", "投资", "就业", "从业")),
    (("第一产业", "第二产业", "第三产业", "城乡居民生活"), ("用电",)),
)
# Wholes whose name joins the first characters of their kinds (罚没款 = 罚款 + 没收…): with every kind listed, the
# list is complete.
ABBREVIATED_WHOLES = (("罚没", ("罚款", "没收")), ("进出口", ("出口", "进口")), ("存贷款", ("存款", "贷款")))
# Kinds of case by procedure: 刑事案件, 民商事案件, 行政案件, 执行案件 part the cases of a court.
CASE_KINDS = ("刑事", "民事", "民商事", "商事", "行政", "执行", "国家赔偿", "赔偿", "申诉", "再审", "非诉")
# Levels of one scale of severity: 一般隐患5430项、重大隐患12项 are kinds that part the hazards found, though
# 重大 alone cuts across other kinds (其中重大案件).
SEVERITY_SCALE = ("一般", "较大", "重大", "特别重大", "特大")
# Words that cut across a breakdown (女性, 党员): parts named with them overlap the other parts.
CROSS_CUTTING = (
    "女性", "女干部", "女职工", "少数民族", "党员", "青年", "岁以下", "岁以上", "退役军人", "残疾",
    "新录用", "新任", "首次", "领导干部", "重点", "骨干",
    # kinds of enterprise by ownership, registration or industry group that overlap (股份制 and 私营)
    "国有控股", "股份制", "私营", "民营", "外商", "外资", "内资", "港澳台", "集体", "高新技术", "高技术", "战略性新兴",
    "装备制造", "大中型", "小微",
    # themes that cut across kinds of cases (涉企案件 among 民事案件 and 刑事案件)
    "涉", "未成年", "群体性", "疑难", "新类型", "重大",
    # amounts that say they overlap the others (地下水与地表水资源不重复量)
    "重复",
    # pupils by their family's circumstances, found at every level of school (随迁子女 among 小学 and 初中)
    "随迁子女", "留守儿童", "家庭经济困难",
    # titles an enterprise may hold several of
    "专精特新", "科技型", "瞪羚", "独角兽", "单项冠军", "上市", "龙头",
    # stations where lines meet, underground or raised alike
    "换乘",
    # where the things stand, a place that cuts across their kinds (设在农村的营业网点 among 快递服务营业网点)
    "设在", "位于", "分布在", "建在",
)
# Parts contained in a whole by definition, (whole, part); used within one sentence only.
CONTAINS = (
    ("教职工", "专任教师"), ("教职员工", "专任教师"), ("从业人员", "专业技术人员"),
    ("工业增加值", "规模以上工业增加值"), ("一般公共预算收入", "税收收入"),
    ("进出口总额", "出口总额"), ("进出口总额", "进口总额"),
    ("常住人口", "城镇人口"), ("常住人口", "乡村人口"), ("户籍人口", "城镇人口"),
)
# Kinds of a broader kind by definition, (broader, narrower), as names open: 工业用电量A;制造业用电量B lists the
# second under the first, not beside it.
KIND_WITHIN = (
    ("工业", "制造业"), ("工业", "采矿业"), ("第二产业", "工业"), ("第二产业", "建筑业"),
)
# Names of one measure at different stages or in other words: in a breakdown they match.
SAME_MEASURE = (
    ("在校生", "在园幼儿", "在校学生", "在学人数"),
    ("招生", "入园儿童", "招收学生"),
    ("地区生产总值", "GDP", "生产总值", "国内生产总值"),
    # 占年度销售总额比例 of the year's 营业收入 (annual reports' customer table)
    ("营业收入", "营业总收入", "年度销售"),
    ("外贸", "进出口", "对外贸易"),  # 占外贸总值的 of 货物贸易进出口总值
    ("国土面积", "土地总面积", "国土总面积", "土地面积"),  # 占全市国土面积的 of 全市土地总面积
)
# Words of a rate's numerator that mean the same: 合格1253份 of 水质达标率.
SAME_NUMERATOR = (("合格", "达标"),)
# Words before a figure that make it a bound (超过50万元的村, 不足10人的企业): with 的 after it, it names a
# class of things and counts nothing.
# the amount a case or a deal is about, not money collected or paid: 价税合计近9.8亿元, 涉案金额, 标的额
INVOLVED_AMOUNTS = ("价税", "涉案", "涉及金额", "标的")
# the graded and what lies outside the grades: 等级公路 and 等外公路 make up all roads between them
OUTSIDE_OF = (("等级", "等外"),)
# 最高额度80万元,其中单缴存职工最高额度50万元: the bounds a policy sets, which never add up (but a debt ceiling,
# 债务限额, is the sum of the general and the special ones)
LIMIT_NAMES = ("最高", "最低", "上限", "下限", "封顶线", "起付线")
BOUND_WORDS = ("超过", "超", "逾", "高于", "低于", "不足", "不到", "不少于", "不低于", "不超过")
# 全部超过10万元, 均达到: a bound that each of the things meets.
# what keeps a level above or below a line: 稳定在150万吨以上, 控制在3%以内
HELD_VERBS = ("稳定", "保持", "维持", "控制", "稳", "守")
EACH_BOUND_VERBS = ("超过", "超", "达到", "达", "在", "高于", "不低于", "不少于", "低于", "不足", "不超过")
# The balance of a year's income and spending, by name.
BALANCE_NETS = ("收支结余", "当年结余", "当期结余", "本年结余", "当期结存", "当年结存", "本年结存", "收支差额")
# Names of a difference of two flows (贸易顺差 = 出口 − 进口, 收支差额, 净流入): no whole of a list of kinds.
NET_NAMES = ("顺差", "逆差", "差额", "净增", "净减", "净流入", "净流出", "净出口", "净进口", "净额", "收支差", "轧差")
# A figure that is the difference of two stated before it: (its name, what adds, what takes away). 自然增长率 =
# 出生率 − 死亡率; 净迁出 = 迁出 − 迁入; 贸易顺差 = 出口 − 进口.
NET_IDENTITIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("自然增长率", ("出生率",), ("死亡率",)),
    ("自然增加", ("出生",), ("死亡",)),  # 出生31.2万人,死亡43.9万人,人口自然减少12.7万人: the people themselves
    ("自然减少", ("死亡",), ("出生",)),
    ("净迁入", ("迁入",), ("迁出",)),
    ("净迁出", ("迁出",), ("迁入",)),
    ("净流入", ("流入",), ("流出",)),
    ("净流出", ("流出",), ("流入",)),
    ("顺差", ("出口",), ("进口",)),
    ("逆差", ("进口",), ("出口",)),
    ("净增", ("新开", "新设", "新登记", "新增"), ("关闭", "注销", "退出", "关停")),  # 新开352家,关闭115家,净增237家
    # a fund's balance of the year: 收入138.64亿元,支出121.39亿元,当期结存17.25亿元 (not 累计结余, a stock)
    *((w, ("收入",), ("支出",)) for w in BALANCE_NETS),
    ("收支缺口", ("支出",), ("收入",)),
    ("现金流量净额", ("现金流入",), ("现金流出",)),  # 经营活动现金流入小计 − 流出小计 = 产生的现金流量净额
)
# Figures that are the sum of others named in the same sentence, by definition: an insurer's 综合成本率 =
# 综合赔付率 + 综合费用率; a balance sheet's 资产 = 负债 + 所有者权益. The names of the whole, then of each part
# (a name may end in 合计: 股东权益合计).
SUM_IDENTITIES: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = (
    (("综合成本率",), (("综合赔付率",), ("综合费用率",))),
    (
        ("资产总额", "资产总计", "资产合计", "总资产"),
        (("负债总额", "负债总计", "负债合计", "总负债"), ("股东权益", "所有者权益", "净资产")),
    ),
)
# Averages and rates per head: they do not add up over parts (人均可支配收入 of towns and villages).
AVERAGE_WORDS = (
    "人均", "平均", "均价", "每万人", "每千人", "每百", "每平方", "户均", "亩均", "村均", "校均", "场均", "店均",
    "日均", "月均", "年均", "单车", "车均", "密度",
    "每人", "每户", "每生", "每名", "每家",  # 每人一次性资助5000元: an amount for each, no part of the total
)
# Measures whose average per head is the sum of the averages of its components (人均可支配收入 = 工资性收入 +
# 经营净收入 + 财产净收入 + 转移净收入; 人均消费支出 = 食品烟酒支出 + …).
COMPONENT_MEASURES = ("收入", "支出")
# Words that name a group of people: an average of a group is no component of an average of all.
POPULATION_WORDS = ("城镇", "农村", "乡村", "城市", "居民", "职工", "人口", "脱贫", "农民")
# Stages a project goes through: a project counted at a later stage is counted at the earlier ones too
# (已开工项目49个,已投产项目23个 nest), so items named by two of them are no partition.
STAGE_WORDS = ("签约", "落地", "开工", "投产", "竣工", "建成", "完工", "达产", "开业", "投运", "履约", "到位")
# Names of an aggregate of kinds (非化石能源 = 水电 + 风电 + 核电…, 合计, 小计): a figure so named sums items of a
# list, it is never one more item beside them.
AGGREGATE_NAMES = ("非化石", "可再生能源", "清洁能源", "合计", "小计", "总计", "共计")
# Words that mark the last item of a list as the rest of a graded scale: 三级及以下公路, 5年及以上.
GRADED_REST = ("及以下", "及以上")

# --- totals and bases -----------------------------------------------------------------------------------
# Words before a figure that mark it as a total.
TOTAL_CUES = ("共计", "合计", "总计", "累计", "共有", "总共", "全年", "各级各类", "各类", "共", "总")
# A total stated after the items it adds up: …,合计1000件.
SUM_AFTER = ("合计", "共计", "总计", "总共", "累计共")
# A total named after the items it adds up: 金牌7枚、银牌9枚、铜牌11枚,奖牌总数28枚.
SUM_AFTER_NAMES = ("总数", "总计", "合计")
# Words that add items to a figure stated before them: 加上上级补助收入A、调入资金B,收入总计T (T is that
# figure plus the items, not the items alone).
ADDED_TO = ("加上", "再加上", "连同", "另加")
# Words right after a list's last figure that say the list goes on unnamed: 调入资金2.3亿元等,收入总计T (the items
# may fall short of the total, never prove it wrong).
LIST_ETC = ("等等", "等")
# Totals that announce a breakdown of all their kinds.
BIG_TOTAL_CUES = ("各级各类", "各类", "全部", "合计", "总计", "总数", "如下")
# Verbs of intake: a figure after them is a base that rates are taken of (受理纠纷11933起).
BASE_VERBS = (
    "受理", "收到", "接到", "接收", "收案", "办理", "审理", "审查", "排查", "检查", "抽查", "接待", "参加",
    "参与", "发现", "抽检", "检测", "检验", "监测", "抽样", "计划", "目标", "共计", "合计", "总计", "累计", "共",
    "提出", "转办", "交办", "抽取", "评查", "核查", "送审", "报审", "申报",
    "总量", "总数", "总件数",  # 信访总量1276件;办结1256件: a total named as one
    "报名",  # 报名87人,参训80人,参训率…: those who signed up
    "上报",  # 网格员上报事件41,287件,办结40,652件: what was reported in
    "立案", "接报",  # 刑事案件立案6247起…破获3519起,破案率: the cases opened, the base of the cases solved
)
# Words that deny the verb after them: 不予受理28件 counts what was not taken in, so it is no base.
NEGATIONS = ("不符合", "不予", "未予", "尚未", "没有", "未", "不")
# A rate's way of doing (按期办结率) and the names that say the opposite way (逾期办结49件): the rate counts the rest.
OPPOSITE_WAYS = (
    ("按期办结", ("逾期", "超期")), ("按时办结", ("逾期", "超期", "超时")), ("及时办结", ("逾期", "超期", "超时")),
    ("达标", ("超标",)),
)  # fmt: skip
# Words that start with 不 and deny nothing: 不动产登记 is a kind of registration.
NOT_NEGATIONS = ("不动产", "不良", "不正当", "不法", "不当得利", "不可抗力")

# Measure words that count the same things: a rate's numerator and base may use either.
# (dwellings are let to households one each: 推出房源438套,签约入住412户,签约率94.1%)
COUNTERS_ALIKE = (("件", "起", "宗", "例", "单", "件次"), ("人", "名", "位"), ("个", "项"), ("家", "户"), ("套", "户"))

# Units of bodies that hold what a rate counts (部门, 乡镇, 企业): "在12个部门中,X率" need not be k of 12.
HOLDER_UNITS = ("个", "家", "所")
# Measure words that count kinds, not things (4类, 三种安置方式, 两个方面): a count of the kinds a list or a structure
# is of, no item of it.
KIND_UNITS = base_lexicon.KIND_UNITS
PACE_WORDS = base_lexicon.PACE_WORDS
# Measure words of people and households: a rate of reach over them needs a population, not a stock of things.
PERSON_UNITS = ("人", "名", "人次", "户", "户次", "位")
# The two parts a price index's change is told in (翘尾影响, 新涨价影响).
PRICE_FACTORS = ("翘尾", "新涨价")
# Rates that say what became of the units themselves (项目126个,开工率96.8%; 412个团队,优秀率23.5%): of such a
# count however it is measured.
# Words that put things to a test (参评农户, 抽检样品, 受检企业) and the outcomes whose rates are of those tested.
TESTED_WORDS = (
    "参评", "参检", "受检", "抽检", "送检", "抽查", "参训", "参考", "参赛", "参加考核", "参加考试", "参加测试",
)  # fmt: skip
# The tests a count may be put to, said after it (对47家餐饮单位…开展专项检查,合格率…).
TESTS_DONE = ("检查", "检测", "抽检", "抽查", "考核", "评估", "验收")
# What applied or came in, before what was granted of it (申请救助的儿童152名,…纳入救助148名,纳入率…).
APPLIED_WORDS = ("申请", "申报", "报名", "受理", "收到", "接到")
PASSED_WORDS = ("达标", "合格", "通过", "优良", "优秀", "获奖", "及格")
# What became of the things taken in, done with: a rate so named right after an intake is of it (受理137件,办结率…).
CLOSED_WORDS = ("办结", "结案", "审结", "执结", "办复", "答复", "化解")
STATE_RATES = (
    "开工", "竣工", "完工", "投产", "优秀", "良好", "达标", "合格", "签约", "落地", "验收", "建成", "整治", "挂牌",
)
# Rates of a population (失业率 of the labour force, 参保率 of those who should be insured, 入学率 of the
# children of school age): reports rarely state that base, and the counts beside such a rate are flows
# (新增就业) or the numerator itself (参保人员), so they pair only with a base named as that population.
POPULATION_BASED_RATES = (
    "失业", "参保", "覆盖", "入学", "入园", "就业", "普及", "发病", "患病", "死亡", "出生", "城镇化", "入住",
    "使用", "参合", "接种", "升学", "巩固", "利用", "空置", "上线", "贫困发生",
)
# Names of such a population stated as the base: 适龄儿童, 应参保人员, 毕业生. Not 常住人口: 出生率 and 死亡率
# are of the year's average population, 失业率 of the labour force.
POPULATION_BASES = (
    "适龄", "应参", "应保", "应接种", "应入", "劳动力", "毕业生", "总户数", "活产",
    "需求的",  # 有康复需求的持证残疾人6530人,得到康复服务的6118人,覆盖率: those who need it
    "考生",  # 参考考生3928人,本科上线2687人,本科上线率: those who sat the exam
    "符合",  # 符合交流条件的教师1804人,实际交流轮岗386人,交流比例: those who qualify
)
# Deaths counted per live births (孕产妇死亡率16.01/10万, 婴儿死亡率2.88‰), not per head of the population.
# Averages per head the text lets us recompute from a total and a count stated before them (发放救助金46.3万元,
# 人均1.22万元): the word, and the measure words its heads are counted in. 平均每个乡镇 names its heads by the noun.
HEAD_AVERAGES = (
    ("人均", ("人", "名", "位", "人次")),
    ("生均", ("人", "名")),  # per pupil: 在校生68,815人,生均图书45.4册
    ("户均", ("户",)),
    ("笔均", ("笔",)),
    ("案均", ("件", "起")),
    ("件均", ("件",)),
    ("次均", ("人次", "次")),  # per visit: 出院患者49.7万人次,住院费用58.96亿元,次均住院费用11863元
    ("例均", ("例",)),
    ("家均", ("家", "户")),
    ("村均", ("个", "村")),
    ("校均", ("所", "个")),
)
# Averages that are not one total over the heads stated beside them: a statistic of its own (人均可支配收入), an
# average over a time (人均每月), or of a change (户均增收).
NOT_HEAD_AVERAGES = (
    "可支配收入", "纯收入", "消费支出", "预期寿命", "住房", "居住", "每月", "每年", "每天", "每日", "月", "年",
    "增收", "增加", "提高", "增长", "减少", "下降", "节约", "节省", "受教育", "寿命", "绿地", "公园", "道路",
)
# Averages over the population that statistics take over the year's mean population, not the year-end one.
MEAN_POPULATION_AVERAGES = ("生产总值", "GDP", "财政收入", "一般公共预算收入", "储蓄")
PER_BIRTH_RATES = ("孕产妇死亡", "婴儿死亡", "新生儿死亡", "儿童死亡")
# Grades of an assessment from the top down (优秀, 良好, 合格, 不合格; 高级, 中级, 基本级), one tier per tuple: a 合格率
# stated after a list of grades may count 合格 and every grade above it (优秀58卷、合格287卷、不合格15卷,合格率95.8%),
# and a rate of 基本级以上 counts 基本级 and the grades above it.
GRADE_TIERS = (
    ("优秀", "优良", "优等", "一等", "高级"), ("良好", "较好", "良等", "二等", "中级"),
    ("中等", "一般", "三等", "初级", "基本级"),
    ("合格", "及格", "达标", "称职"), ("基本合格", "基本达标", "基本称职"),
    ("不合格", "不及格", "不达标", "不称职", "较差"),
    # schooling, from the top: 本科及以上学历员工占比 counts 本科 and the 硕士及以上 listed before it
    ("博士",), ("硕士", "研究生"), ("本科", "大学本科"), ("大专", "专科", "高职"), ("高中", "中专", "中职"),
)
# Rates of places taken (床位416张,集中供养326人,床位使用率78.4%): those housed over the places there are, each
# counted in its own measure word; the words of the rate, and the names of the places.
OCCUPANCY_RATES = ("床位使用率", "使用率", "入住率", "利用率", "占用率", "出租率", "入驻率")
PLACE_NAMES = ("床位", "床", "泊位", "车位", "停车位", "座位", "席位", "房间", "铺位", "机位", "工位")
# Flows into and out of a stock between its two ends (在档户数由年初的1,642户减少至年末的1,238户,退出461户,
# 新纳入57户): the stock at the start, plus what came in, less what went out, is the stock at the end.
STOCK_INFLOWS = (
    "新纳入", "纳入", "新进站", "进站", "新入库", "入库", "新接收", "接收", "新增", "新认定", "新登记", "迁入",
    "转入", "调入",
)
STOCK_OUTFLOWS = (
    "退出", "出站", "解除", "注销", "销号", "调出", "迁出", "转出", "清退", "出库", "核销", "脱贫", "解困",
)
# What is worked off a stock between the two ends of its fall (由4862亩降至3517亩,全年消化1345亩).
WORKED_OFF = (
    "消化", "处置", "追缴", "化解", "压降", "压减", "清理", "清偿", "偿还", "收回", "核减", "减少", "盘活", "拆除",
    "整治", "整改", "销号",
)  # fmt: skip
# The year's new ones, a flow into a stock (全年新建5G基站7263个): no part of a share of the stock.
NEW_ONES = (
    "新建", "新增", "新设", "新开", "新开工", "新投运", "新开通", "新认定", "新登记", "新创建", "新培育", "新发展",
    "新评定", "新引进",
)
# A rate that passes and the rate that fails of one test make 100 (合格率93.8%…不及格率6.2%): the words of each side.
PASS_WORDS = ("合格", "及格", "达标")
FAIL_WORDS = ("不合格", "不及格", "不达标")
# Rates of problems put right out of the problems found (问题28项, 整改完成率96.4%): the count of problems right
# before the rate is its base by definition, so no whole count of it giving the rate is a mismatch. Not tasks or
# projects: their 完成率 is often a share of the work or money planned.
ITEM_RATES = ("整改完成", "整改", "完成", "销号")
ITEM_NOUNS = ("问题", "隐患", "整改事项", "反馈意见")
# Words that make an outcome partial or open (部分整改28个, 基本办结): no numerator of the rate of that outcome.
PARTIAL_WORDS = ("部分", "基本", "正在", "尚未", "未")
# Rates whose base is not what was counted before them (a survey's respondents): no GRIM test.
SURVEY_RATES = ("满意", "知晓", "覆盖", "参与", "参保", "好评", "认可", "支持")
# Counts of those a survey asked: 回收有效问卷3126份, 回访3850户次, 受访企业412家. A satisfaction rate after such a
# count is of those answers (some k of them must give it), though the text does not say so in words.
SURVEYED = ("问卷", "受访", "回访", "调查对象", "调查样本", "样本", "测评对象")

# --- shares and rates -----------------------------------------------------------------------------------
# A share of a whole: 占63.72%, 占比30%, 占GDP的比重为62.1%, 新能源汽车渗透率45.6% (of all cars sold), 市场份额36.6%
# (of the market the list is of).
SHARE_CUES = ("所占比重", "所占比例", "占比", "比重", "占", "相当于", "渗透率", "市场份额", "占有率")
# Nouns of the units a figure's name may be narrowed to (A级旅游景区共接待游客 counts the visitors of some
# sites, not all): a share of the total of the bare head (占游客总数的) is not of it.
SCOPE_HOLDERS = ("景区", "景点", "企业", "单位", "机构", "园区", "医院", "学校", "网点", "门店", "口岸", "站点")
# Acts of a procuratorate named in other words: 起诉…79人 of 提起公诉186人, not of 批准逮捕112人 (the acts of a
# court, as wholes named by the bare act, are in ACT_WHOLES).
ACT_SYNONYMS = (("起诉", "提起公诉", "公诉"), ("逮捕", "批准逮捕", "批捕"))
# A whole named by the bare act (占结案数的, 占收案总数的) and the words its figure may be named with instead.
ACT_WHOLES = {
    "结案": ("审结", "审执结", "结案"),
    "收案": ("受理", "收案", "新收"),
    "受案": ("受理", "收案", "新收"),
    "办件": ("办件", "办理"),
}
# Head nouns a whole's name may add to what its figure is named by, with the measure words that count them:
# 占报告表项目的 of 报告表323个, 占民营企业的 of 民营2,310家.
COUNTED_HEADS = {
    "项目": ("个", "项"), "企业": ("家", "户", "个"), "单位": ("个", "家"), "人员": ("人", "名"),
    "案件": ("件", "起"), "学校": ("所",), "机构": ("家", "个"),
}  # fmt: skip
# Nouns that name "the whole" in a share phrase without saying which: 占事项总数的.
WHOLE_SUFFIXES = ("总人数", "总人次", "总件数", "总户数", "总数", "总量", "总额", "总和", "总计", "总体", "全部", "总")
# Words before a rate that state it, cut from the rate's name: 调解成功率达 → 调解成功率.
RATE_VERBS = (
    "达到", "达", "为", "是", "约为", "约", "近", "超过", "超", "高达", "已达", "保持在", "保持",
    "仅", "只", "均", "已", "仍",  # 率仅为, 均为, 仍为: adverbs before the verb
)
# The verbs of rates of reach (卫生厕所普及率, 自来水覆盖率): the rate counts what the name puts before them.
REACH_RATE_VERBS = ("普及", "覆盖", "使用", "接入", "安装")
# The verbs of rates of finding (不合格发现率, 问题检出率): they too count what the name puts before them.
FINDING_RATE_VERBS = ("发现", "检出", "查出")
# A rate's name and the words its numerator may be named with instead: 结案率 of 审结 cases.
# Rates of problems put right: their base is the problems found, nothing carried over.
FIX_RATES = ("整改", "整改完成", "整改到位", "销号")
RATE_NUMERATORS = (
    ("结案", ("审结", "审执结", "执结", "结案", "办结")),
    ("办结", ("办结", "办理完毕", "处理完毕", "结案")),
    ("执结", ("执结", "结案", "执行完毕")),  # 执行一队 | 612 | 538 under 收案 | 结案 | 执结率
    ("化解", ("化解", "调解成功", "调处成功")),
    ("调解成功", ("调解成功", "成功调解")),
    ("调撤", ("调解", "撤诉")),
    ("合格", ("合格",)),
    ("整改", ("整改", "完成整改")),
    ("整改完成", ("整改", "销号")),  # 发现问题52个,已整改49个,整改完成率…
    ("整改到位", ("整改",)),
    ("持证", ("持证", "持有", "取得")),
    ("不捕", ("不批准逮捕", "不捕")),  # 不批准逮捕219人,不捕率…
    ("不诉", ("不起诉", "不诉")),
    ("直办", ("直接答复", "直接办结", "直办")),
    # 采购预算64.93亿元,节约资金3.08亿元,节资率4.74%: what was saved over what was budgeted
    ("节资", ("节约", "节省")),
    ("资金节约", ("节约", "节省")),
    ("出庭", ("出庭",)),
    ("发改", ("改判", "发回")),  # 改判和发回重审162件,发改率…
    ("通过", ("通过", "取得", "合格")),  # 8.35万人次参加认定,6.41万人次取得证书,通过率…
    ("取证", ("取得", "取证")),
    ("执结", ("执行完毕", "执结", "执行到位")),
    ("采纳", ("采纳", "改判", "发回")),  # 抗诉…法院改判和发回重审17件,抗诉意见采纳率…
    ("升学", ("升入", "升学")),  # 毕业生5734人,升入高一级学校5551人,升学率…
    ("城镇化", ("城镇常住人口", "城镇人口")),  # 城镇常住人口20.85万人,常住人口城镇化率… of the 常住人口
    ("破案", ("破获", "侦破", "破案")),
    ("回收", ("收回", "回收")),  # 发放问卷600份,收回572份,回收率…
    ("资助", ("获批", "获得资助", "资助")),  # 申报基金项目138项、获批27项,资助率…
    ("立项", ("获批", "立项")),  # 立刑事案件2136起…破获刑事案件1427起,破案率…
    ("参与", ("参加", "参与")),  # 在校生42850人,参加课后服务的学生41260人,参与率…
    ("参加", ("参加", "参与")),
    ("完成", ("完成", "办结", "办理完毕")),  # 受理群众点单3120个,完成2986个,完成率…
    ("达标", ("达标", "达到目标", "达到或提前达到")),  # 63项指标中已达到或提前达到目标的52项,达标率…
)
# Words that narrow what a rate counts to some of a column (按期结案率 of 结案数: those closed in time).
RATE_QUALIFIERS = ("按期", "按时", "及时", "限期", "当年", "当期", "一次", "提前", "超期", "逾期")
# Rates of cases closed are taken of all cases on hand, the new ones and those carried over (旧存): a base
# named as new intake (新收案件12560件) is only part of theirs.
CLOSING_RATES = ("结案", "审结", "执结", "办结", "审执结")
NEW_INTAKE = ("新收", "新受理", "新增")
_RESERVES = ("贷款损失准备余额", "贷款损失准备", "贷款减值准备余额", "贷款减值准备")
_LOANS = ("各项贷款余额", "各项贷款", "贷款总额", "贷款和垫款总额")
_RISK_ASSETS = ("风险加权资产", "风险加权资产合计")
# Words that stand inside longer words of another meaning: 出口 in 进出口 (exports within all trade).
WORDS_WITHIN = (("出口", ("进出口",)),)
# Numerators a margin's name would take that are a narrower tier of it: 一级资本净额 ends with 资本净额.
# 流动负债 ends with 负债 but is a part of the debts a 资产负债率 takes.
MARGIN_NARROWER = {
    "资本充足率": ("一级资本净额",),
    "一级资本充足率": ("核心一级资本净额",),
    "资产负债率": ("流动负债", "非流动负债", "长期负债", "短期负债"),
}
# Margins: the rate's name, the numerator's names and the denominator's names.
MARGINS = (
    ("毛利率", ("毛利",), ("收入", "营业收入", "销售收入")),
    ("纯利率", ("纯利", "净利润", "净利"), ("收入", "营业收入")),
    ("净利率", ("净利润", "纯利", "净利"), ("收入", "营业收入")),
    ("净利润率", ("净利润", "纯利"), ("收入", "营业收入")),
    ("营业利润率", ("营业利润",), ("收入", "营业收入")),
    # 规上工业: 利润总额 over 营业收入; 规上服务业: 营业利润 over 营业收入
    ("营业收入利润率", ("利润总额", "营业利润"), ("营业收入",)),
    # ratios a bulletin or a bank states of two figures it gives: loans over deposits, food over all spending
    ("存贷比", ("各项贷款余额", "各项贷款"), ("各项存款余额", "各项存款")),  # not 住户存款, 普惠小微贷款
    ("贷存比", ("各项贷款余额", "各项贷款"), ("各项存款余额", "各项存款")),
    ("不良贷款率", ("不良贷款余额",), ("各项贷款余额", "各项贷款", "贷款总额", "贷款和垫款总额")),
    ("恩格尔系数", ("食品烟酒支出", "食品烟酒消费支出", "食品支出"), ("消费支出",)),
    ("平均消费倾向", ("消费支出",), ("可支配收入",)),
    ("成本收入比", ("业务及管理费",), ("营业收入",)),
    ("销售净利率", ("净利润",), ("销售收入", "营业收入", "收入")),
    # a bank's capital over its risk-weighted assets, the narrowest tier first (核心一级 ⊂ 一级 ⊂ 资本)
    ("核心一级资本充足率", ("核心一级资本净额",), _RISK_ASSETS),
    ("一级资本充足率", ("一级资本净额",), _RISK_ASSETS),
    ("资本充足率", ("资本净额",), _RISK_ASSETS),
    # a bank's reserves over its bad loans and over all its loans
    ("拨备覆盖率", _RESERVES, ("不良贷款余额",)),
    ("拨贷比", _RESERVES, _LOANS),
    ("贷款拨备率", _RESERVES, _LOANS),
    # a housing fund's loans over its balance (个贷率), and its withdrawals over its deposits of the year
    ("个贷率", ("个人住房贷款余额",), ("缴存余额",)),
    ("个人住房贷款率", ("个人住房贷款余额",), ("缴存余额",)),
    # a balance sheet's debts over its assets; what was sold of what was made
    ("资产负债率", ("负债总额", "总负债", "负债合计", "负债"), ("资产总额", "总资产", "资产合计", "资产总计")),
    ("产销率", ("销售量", "销量", "销售产值"), ("生产量", "产量", "工业总产值", "总产值")),
    # the share of the firms that lose money: 亏损企业287家 of 规模以上工业企业1386家
    ("亏损面", ("亏损企业",), ("规模以上工业企业", "规上工业企业", "工业企业", "规上服务业企业", "服务业企业")),
    # water works: the water lost (产销差, leaks) over all the water supplied, not over the water sold
    ("产销差率", ("产销差水量", "产销差"), ("供水总量", "总供水量", "供水量")),
    ("漏损率", ("漏损水量", "漏损量"), ("供水总量", "总供水量", "供水量")),
    # water used up (not returned) over all the water used
    ("耗水率", ("用水消耗总量", "耗水总量", "耗水量", "用水消耗量"), ("用水总量",)),
    # the forest's share of the land
    ("森林覆盖率", ("森林面积",), ("国土面积", "土地面积", "国土总面积", "土地总面积", "总面积")),
    # a city's green land and green cover over its built-up area
    ("绿地率", ("绿地面积",), ("建成区面积",)),
    ("绿化覆盖率", ("绿化覆盖面积",), ("建成区面积",)),
)
# Scopes that are a city's by definition: 城市建成区面积 is no member of a 城市/农村 series.
URBAN_SCOPES = ("建成区",)
# Units of area that rates divide across (绿地面积 in 公顷 over 建成区面积 in 平方公里): each in square metres, as
# a fraction (亩 is 10000/15 of one).
AREA_UNITS: dict[str, tuple[int, int]] = {
    "平方米": (1, 1),
    "公顷": (10_000, 1),
    "平方公里": (1_000_000, 1),
    "平方千米": (1_000_000, 1),
    "亩": (10_000, 15),
}
# Units of time of a fixed length, in seconds (a month or a year is of no fixed length).
TIME_SECONDS: dict[str, int] = {
    "秒": 1, "分钟": 60, "小时": 3_600, "时": 3_600, "天": 86_400, "日": 86_400, "周": 604_800,
}  # fmt: skip
# Rates over a figure a report states once for the whole text (the land's area), in whatever chapter.
# the land's area; the firms a report counts at its head; a bank's loans, stated once under 贷款 and taken by the
# rates of its chapter on asset quality
FIXED_DENOMINATORS = ("森林覆盖率", "亏损面", "不良贷款率", "拨贷比", "贷款拨备率", "资产负债率", "产销率")
# Margins of what is left of the income after a cost: 毛利率 = (营业收入 − 营业成本) / 营业收入 (a table's row of
# 营业收入 | 营业成本 | 毛利率, as an annual report gives by product and by region).
COST_MARGINS = (("毛利率", ("营业成本", "销售成本", "主营业务成本"), ("营业收入", "销售收入", "主营业务收入")),)
# Words before a margin's name that do not narrow it to a segment (综合毛利率 is the group's 毛利率).
MARGIN_GENERIC = ("综合", "整体", "总体", "平均", "本集团", "本公司", "集团", "公司", "全年", "年度", "销售", "的")
# Rates of the population: the rate's name, the numerator's names and the denominator's names.
POPULATION_RATES = (
    ("城镇化率", ("城镇人口", "城镇常住人口", "城镇户籍人口"), ("常住人口", "总人口", "户籍人口")),
    # 人口出生率7.08‰ of 出生人口1.52万人 over 常住人口214.63万人
    ("出生率", ("出生人口",), ("常住人口", "总人口", "户籍人口")),
    ("死亡率", ("死亡人口",), ("常住人口", "总人口", "户籍人口")),
)
# Two-sided ratios named by two one-character abbreviations: 城乡收入比 = 城镇… : 农村….
RATIO_SIDES = (
    ("城乡", ("城镇", "城市"), ("农村", "乡村")),
    ("男女", ("男",), ("女",)),
)
# Ratios stated per 100 of the second side, the 100 left unsaid or in a bracket: 性别比104.08（以女性为100）. The
# ratio's name, the names of the two sides, and words before the name that make it of figures the text seldom
# gives (出生人口性别比 is of births, not of the population counted).
PER_HUNDRED_RATIOS = (("性别比", ("男",), ("女",), ("出生", "新生")),)
# Ratios of two counts stated right before them in their clause group: 在校生A,专任教师B,生师比a:1. The ratio's
# name, the first count's names, the second's, and words that make it of figures other than those stated (a
# university's ratio is of students weighted by kind).
GROUP_RATIOS = (("生师比", ("在校生", "学生"), ("专任教师",), ("高校", "高等", "大学", "折合")),)
# A ratio of three or more terms that together make 100: 三次产业结构9.6:41.2:49.2.
STRUCTURE_WORDS = ("结构", "构成", "比例")

# --- changes --------------------------------------------------------------------------------------------
# A figure after these words is the earlier value a change is measured from: 较2022年558件, 与上年20.6%.
BASELINE_LEADS = ("较", "比", "与", "同", "相比", "对比", "低于", "高于", "是")  # 是上年50.6亿元的2.5倍
# Of those, the ones that mark a baseline even with no period after them (比 alone ends 占比).
BASELINE_LEADS_ALONE = ("较", "相较", "相比", "对比")
BASELINE_PERIODS = (
    "上年同期", "去年同期", "上年末", "上年底", "去年末", "去年底", "上一年度", "上年度", "上一年", "上年", "去年",
    "同期", "年初", "期初", "上月", "上年初", "上一报告期", "上个报告期", "上期", "上一周期", "上季度", "上一季度",
    "上一届", "上届",  # 比上届的86.95%提高1.67个百分点: the class of graduates before
    "上一学年", "上学年", "上一学期", "上学期", "上一轮", "上轮",  # 较上一学年的54.5%: the school year before
    # the heating season before (较上一采暖期的4649万平方米)
    "上一采暖期", "上个采暖期", "上一采暖季", "上一供暖季", "上个供暖季", "上一供暖期", "上一供热季", "上一供热期",
    # the climate normal a year's rain or temperature is set against: 较常年同期(892.4毫米)偏多26.3%
    "常年同期", "常年值", "常年", "多年平均值", "多年平均", "历年同期",
    # the mean of the years before a disaster year is set against: 较近五年均值41人减少18人
    "近五年均值", "近五年平均值", "近五年平均", "近三年均值", "近三年平均", "近十年均值", "近5年均值", "近3年均值",
)
# Words that date a figure to the current period, beside one named for the earlier (本年用电量, 上年用电量).
CURRENT_PERIODS = ("本年度", "本年", "今年", "当年", "本期", "报告期", "年末", "年底", "期末")
# What a change is measured against, by kind: a rate 同比 and an amount 比年初 are two changes.
BASELINE_KINDS = (
    ("plan", ("超收", "短收", "超支", "超计划", "超预算")),  # 为预算的104.3%,超收0.98亿元: over the plan, not the year
    # 较二季度的: the quarter before, as 上季度
    ("month", ("环比", "上月", "上季度", "上期", "上一季度", "一季度", "二季度", "三季度")),
    ("year-start", ("年初", "年初以来", "期初", "上年末", "去年末", "上年底", "去年底")),
    ("year", ("同比", "上年", "去年", "同期", "上一年", "上年度", "上一年度")),
)
INCREASE_VERBS = (
    "增长", "增加", "上升", "提高", "提升", "增多", "扩大", "上涨", "上调", "增收", "超收", "涨", "多", "升", "增",
    "净增加", "净增",
    "翻",  # 翻了一番
    "回升", "加快",
    "偏高", "偏多", "偏长",  # 比常年偏高1.1℃: against the climate normal
    "高出",  # 年报率92.2%,比去年同期的89.6%高出2.6个百分点
)
DECREASE_VERBS = (
    "下降", "减少", "降低", "压缩", "缩短", "节约", "节省", "缩减", "精简", "压减", "削减", "下调", "减收", "短收",
    "减", "降", "少", "净减少", "净减",
    "回落", "下滑", "收窄", "放缓",  # 由32.1%下降至31.2%,回落0.9个百分点
    "偏低", "偏少", "偏短",
)
# A change whose sign gives its way: 本年比上年增减-135.27%.
SIGNED_CHANGE = ("增减变动", "增减幅度", "增减", "变动幅度", "变动率", "变动", "增幅")
# The earlier times a change is said against (比去年同期, 较上月同期, 与上年相比): no subject of their own.
COMPARED_PERIODS = (
    "上年", "去年", "上年同期", "去年同期", "上一年", "上年度", "上月", "上月同期", "上季度", "上期", "年初",
    "上年末", "去年末", "上年底", "去年底", "节前",
    "常年", "常年同期", "常年值",  # 较常年偏多215.6小时: the climate normal
)
# Words that may stand between a figure and the change stated of it without naming anything new.
CHANGE_FILLERS = (
    *(f"{lead}{period}" for lead in ("比", "较") for period in COMPARED_PERIODS),
    *(f"与{period}相比" for period in COMPARED_PERIODS),
    "同比", "环比", "本年", "本期", "增减",
    "年均", "分别", "了", "达", "为", "约", "近", "接近", "将近", "超", "逾", "共", "累计",
    "名义",  # 名义增长6.8%: at current prices, as the amounts are
    "数量",  # 数量翻了一番: the measure of what the pair counts, no subject of its own
    "比上年决算", "较上年决算", "比上年决算数", "较上年决算数",  # 比上年决算减少13.45万元: last year's final accounts
    # 支出186.35万元,比年初预算减少13.65万元,下降6.8%: the budget the figure is set against, not said
    "比年初预算", "较年初预算", "比预算", "较预算", "比上年预算", "较上年预算",
)
# Phrases before a change verb that say how it is measured, not what changed: 按现价计算年均增长5.3%.
MEASURED_AS = (
    "按现价计算", "按可比价格计算", "按可比价计算", "按可比口径计算", "按可比口径", "扣除价格因素", "剔除价格因素",
)
# What a figure may be compared with that is no earlier value of it: 比法定期限少19天, 高于全省平均水平0.4个百分点.
# A difference from such a standard is no change over time.
STANDARD_LEADS = ("比", "较", "低于", "高于", "少于", "多于", "快于", "慢于", "优于", "超出", "超过")
STANDARD_WORDS = (
    "法定", "规定", "承诺", "平均", "标准", "限值", "限额", "要求", "目标", "计划", "全国", "全省", "全市",
)
# Figures per head or per unit of time (城乡低保标准分别提高到780元和560元): rates of pay, never parts of a total.
PER_UNIT_WORDS = ("标准", "每人每月", "每人每年", "每月", "人均", "户均", "平均", "单价", "最低工资")
# A figure over a span of years, not of one year: 2022年以来累计办理1256件.
SPAN_WORDS = ("以来", "累计", "至今", "期间")
# A change per year on average: compounded over the years between the two ends, never the total change.
YEARLY_WORDS = ("年均", "年平均", "平均每年", "每年平均", "年复合", "复合增长", "平均年")
# A growth at comparable prices (real) is not the ratio of the current-price values stated beside it.
# Measures whose growth official statistics state at comparable prices even when the text does not say so.
REAL_BY_DEFAULT = ("生产总值", "GDP", "增加值")
REAL_TERMS = ("可比价", "不变价", "扣除价格因素", "剔除价格因素", "实际增长", "实际下降", "实际增速")
# A budget, what was spent against it, and the saving: 预算金额X, 实际成交金额Y, 节约资金Z, 节约率r.
BUDGET_WORDS = ("预算", "控制价", "最高限价")  # 招标控制价A,中标价B,节约资金C,节资率D
# 送审金额A,审定金额B,核减C,核减率D: what was claimed for review, what the review approved, and the cut
CLAIMED_WORDS = ("送审", "报审", "申报")
SPENT_WORDS = ("实际", "成交", "中标", "决算", "结算", "合同", "审定", "认定", "核定")  # 采购预算A,合同金额B,节约资金C
SAVING_WORDS = ("节约", "节省", "节支", "核减", "审减", "节资")
# An auction's premium (溢价率) is what the lots sold for over their starting price (起拍价, 挂牌起始价, 底价).
PREMIUM_WORDS = ("溢价", "增值")  # 较起始价73.15亿元增值8.12亿元,增值率11.1% (not 增值税: the checks read 增值(?!税))
STARTING_PRICE_WORDS = ("起拍", "起始价", "底价", "起价")
# A table row's budget, what was done of it, and the rate of completion (预算数 执行数 完成%): the rate is the
# second over the first. The column names as they end the cells' subjects.
ROW_PLANNED = (
    "预算数", "预算", "计划数", "计划", "目标数", "目标", "调整预算数", "年初预算",
    "已发行", "已下达",  # 已发行 | 已支出 | 支出进度: funds raised or allotted, and how much of them was spent
)
ROW_DONE = (
    "执行数", "执行", "完成数", "完成额", "完成值", "实际数", "实际值", "实际", "决算数", "决算", "已支出", "支出数",
)  # fmt: skip
ROW_DONE_RATE = (
    "完成调整预算", "完成年初预算", "为调整预算", "为年初预算", "完成预算", "完成计划", "完成目标", "为预算",
    "计划完成率", "完成率",
    "执行率", "完成", "预算完成率", "完成进度", "支出进度", "进度",
)
# Over-fulfilment of a plan: 超额完成…计划的百分之三十二.
PLAN_CUES = ("超额完成", "超计划", "超额")
PLAN_NOUNS = ("计划", "任务", "目标", "预算")
# 计划建设12.5万亩,实际建成11.86万亩,完成率94.9%: a rate of what was done over what was planned, both stated before
# it; the words that name it, and those that mark the figure done.
PLAN_RATES = ("完成率", "执行率", "实现率", "达成率")
ACTUAL_CUES = ("实际", "已完成", "完成", "实现", "建成", "执行", "决算", "已")  # 已开工412套: what is done
# 完成年度目标任务5.5万人的105.8%: a verb and a plan noun before a target figure whose share is stated after it
TARGET_VERBS = ("完成", "达到", "实现", "为", "是", "占")

# --- received = done + open -----------------------------------------------------------------------------
# 收案 is left out: courts count new cases as 收案, and cases carried over (旧存) close too.
STATUS_TOTAL = ("共受理", "受理", "收到", "接到", "接收", "应办理", "需办理")
STATUS_DONE = (
    "已处理完毕", "处理完毕", "已办结", "审执结", "办结", "审结", "执结", "结案", "已完成", "已化解",
)
STATUS_OPEN = ("正在办理", "未结案", "未办结", "办理中", "在办", "未结", "尚未", "尚有", "结转下年", "转入下年")
# An intake and what became of it: in a list of kinds (其中调解组织受理5706件,调解成功4125件；仲裁机构立案受理3980件,
# 结案3902件), an outcome right after an intake in its clause group is part of that intake, not one more kind.
INTAKE_WORDS = ("受理", "立案", "收到", "接到", "接收", "收案", "新收", "登记", "申报")
OUTCOME_WORDS = (
    "成功", "办结", "结案", "审结", "执结", "化解", "处理完毕", "办理完毕", "裁决", "调处", "答复", "整改", "采纳",
    "撤诉", "维持", "撤销", "纠错", "破案", "侦破", "破获", "查结", "解决", "开工", "竣工", "完工", "投产",
    "获批",  # 申报138项、获批27项
)
# Stages of one stream of cases, each taken from the one before it (收到612件,受理578件;审结549件): the later
# count is within the earlier, though a year's closings may include cases carried over, so never for sure.
STREAM_TAKEN = (
    "收到", "接到", "接收", "受理", "立案", "办理", "提出", "发出", "审查", "排查", "收案", "新收", "发现", "指出",
)
# Who found the problems a later stage puts right (审计指出问题36个,已整改34个; 巡察发现问题…).
STREAM_FINDERS = ("审计", "巡察", "督察", "检查", "监督检查", "执法检查", "专项检查")
STREAM_LATER = (
    "受理", "立案", "办结", "审结", "结案", "执结", "化解", "调解成功", "办理完毕", "处理完毕", "采纳", "批准",
    "答复", "回复", "整改到位", "整改完成", "完成整改", "已整改", "已办结", "已化解", "已采纳", "已答复", "已回复",
    "整改", "销号",
)
# Verbs that open what was done with things counted before (查处案件312起,移送公安机关案件17起): a figure named
# with one is a later stage of the one before it, not one more kind beside it.
STAGE_VERBS = (
    "移送", "转办", "转交", "转送", "查处", "起诉", "批捕", "判处", "处理", "处分", "追回", "退回", "驳回", "核查",
    "查实", "办理", "审理", "执行",
)
# How a case ends, one way each: 审结11件,其中维持9件、驳回3件 cannot have more outcomes than cases.
DISPOSITIONS = (
    "维持", "驳回", "撤销", "变更", "确认违法", "确认无效", "责令履行", "终止", "撤诉", "调解", "和解", "判决", "裁定",
    "不予受理", "不予立案", "不予处罚", "胜诉", "败诉",
    # what a review of documents decides for each (清理规范性文件58件,保留41件、修改9件、废止8件)
    "保留", "继续保留", "继续有效", "修改", "修订", "废止", "宣布失效", "失效",
)
# The outcomes that correct the decision under review: a 纠错率 counts them over the cases closed.
CORRECTIONS = ("撤销", "变更", "确认违法", "确认无效", "责令履行", "责令重新作出", "责令重作")
# Words that say a total counts only part of the cases, so done + open need not add up to it.
STATUS_SPOILERS = ("新收", "旧存", "新增")

# fmt: on
# Deeds a dimension may be named by (从使用方向看, 按整改方式分): its kinds are of the figure of that deed (实际使用),
# not of another stated beside it (提取)
DIMENSION_DEEDS = (
    "使用", "支出", "整改", "处置", "办理", "供应", "发放", "利用", "安排", "拨付", "分配", "投放", "投入", "化解",
    "解决", "结案", "审结", "办结", "采购", "出让", "消费", "销售",
)  # fmt: skip
# Those a dimension may list, named by the kind of what they hold (从主要财产险公司看: the firms of 财产险).
HOLDER_NOUNS = ("公司", "企业", "机构", "银行", "集团")
# Indicators defined by statistical convention, each a numerator over a denominator, both named (the first name
# that any figure bears exactly is taken), and the scale the indicator is stated on (100: in percent).
DEFINED_RATES = (
    ("保险深度", ("原保险保费收入", "保费收入"), ("地区生产总值", "生产总值", "GDP"), 100),
    ("保险密度", ("原保险保费收入", "保费收入"), ("常住人口", "年末常住人口"), 1),
    ("劳动生产率", ("建筑业总产值", "总产值"), ("平均从业人员", "从业人员"), 1),
    # research spending over GDP (a firm's 研发投入强度 is over its income, which names no 生产总值: not checked)
    ("经费投入强度", ("研究与试验发展(R&D)经费支出", "R&D经费支出", "研发经费支出", "R&D经费", "研发经费"),
     ("地区生产总值", "生产总值", "GDP"), 100),
    ("财政自给率", ("一般公共预算收入",), ("一般公共预算支出",), 100),
)  # fmt: skip
