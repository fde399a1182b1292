"""Why a token is not a claim: dates, identifiers, list markers, names, set phrases, slogans, citations.

`reason(text, tok)` returns a short reason, or None when the token states a quantity.
"""

from __future__ import annotations

import re

import regex

from . import lexicon as lx
from . import recache
from .patterns import COUNTED_AFTER, CURRENCY_BEFORE, UPS_AND_DOWNS, alternation
from .scan import Token

# and a measure said twice, one by one: 一件一件解决, 一件接着一件办, 一项又一项
SET_PHRASE = recache.compile(
    alternation(lx.SET_PHRASES) + r"|一(?P<each>[件项个年批轮户村家桩条步])(?:接着|又|连着|挨着|跟着)?一(?P=each)"
)
_MONTH_RANGE = recache.compile(r"\s?(?:[-~至到]|—)\s?\d{1,2}月")
_ORDINAL_BEFORE = recache.compile(r"第$")
_ORD = r"[\d一二三四五六七八九十]{1,3}"
_ORDINAL_RUN = recache.compile(rf"第{_ORD}(?:[、和及至]{_ORD})*[、和及至]$")  # 第一、二种形态: the run goes on
_RANK_CONTEXT = recache.compile(
    r"(?:全国|全省|全市|全区|全县|全球|世界|全州|同类城市|同类|区域|行业|同行业|全行业|国内|省内|市内|排名|排|位居|位列|居"
    # 列1961年以来同期第1位, 有完整气象记录以来第三多
    r"|列|位次|名列|荣获|获得?|历史|历史同期|有(?:完整)?(?:气象)?记录以来(?:同期)?|年以来(?:同期)?)第$"
)
# 排名由第8位升至第3位: both places of a move in a ranking.
_RANK_MOVE = recache.compile(
    r"(?:(?:由|从)(?:上年|去年|上年度|上一年度|年初|上期|上年同期)?的?|[升降跃]至|上升[至到]|提升[至到]|前移至|后移至"
    r"|下降[至到]|跃居)(?:全国|全省|全市)?第$"  # 由上年的第11位升至第7位
)
# 分别居全省第2位、第1位: the next place in a list of places
_RANK_LIST = recache.compile(
    r"(?:居|位居|位列|名列|排名|排|分列)[^,;。!?第]{0,12}第[\d一二三四五六七八九十]{1,3}[位名]?[、和及与]"
    r"[^,;。!?第\d]{0,8}第$"  # 居全国第11位、中部地区第2位
)
# 居全市基层法院第2位, 增幅居全省县（市、区）第3位, 获得全省团体第二名: a rank among a named group
_RANK_SCOPE = recache.compile(
    r"(?:(?:位居|位列|名列|排名|排在|(?<!定|安|聚|民|寡)居(?![民住家委室])于?|(?<![排并系罗])列(?![入为出举支席])|获得?|荣获)"
    r"(?:[^,;。!?\d第]|\d{1,3}(?=个))(?:[^,;。!?\d第]|\d{1,3}(?=个)){0,15}|(?:团体|个人|综合|考核|总分))第$"
)
_CITATION_AFTER = recache.compile(r"[条款章节项]")
# 第一大贸易伙伴, 第二大出口市场: the place by size among things of a kind (第一大类 is a class)
_BIGGEST_AFTER = recache.compile(r"大(?![类项批块片项队会])[\u4e00-\u9fff]{2}")
_QUOTE_OPEN = "“「『\"《"
_QUOTE_CLOSE = "”」』\"》"
_IDENT_BEFORE = recache.compile(rf"(?:{alternation(lx.IDENTIFIER_CUES)})[\s:|号为是]{{0,4}}$")
# A cue ends at most 4 marks (and a final line break) before the number: its last character is in the last 6.
_IDENT_CUE_ENDS = frozenset(cue[-1] for cue in lx.IDENTIFIER_CUES)
_NAME_AFTER = regex.compile(
    r"(?:届|中全会|五规划|五时期|五期间|五”|大精神|大和|大以来|大报告|大代表|大会)"
    # 十四届全国人大二次会议, 十五届五次全委会议 (but 召开三次会议 is a count)
    r"|(?<=届[^,;。]{0,10})次(?:会议|全体|代表大会|全会|全委|常委)"
)
_PLAN_AFTER = recache.compile(rf"(?:{alternation(lx.PLAN_WORDS)})")
_MONTH_NAMED = recache.compile(r"(?<![个\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,2}|正|腊|冬)月$")
_WITHIN = recache.compile(r"[ ]?(?:内|以内|之内|左右|以上|后|时间)")
_PERIOD_BEFORE = recache.compile(r"(?<!提|之|以|目|当|此|事|会|节|面|眼|跟|向|超|领|空|史)[头前首]$")  # 首十个月
# Figures that have no unit by nature: 城乡居民收入比由上年的1.91缩小至1.86, 价格指数为102.1, 高收入组与低收入组
# 收入之比为9.79.
_UNITLESS_MEASURE = recache.compile(
    # 性别比(以女性为100,…)为
    r"(?:收入比|收入倍差|性别比|之比|比率|[^\d,;。]比值|系数|指数|倍数|倍率|效率|PUE|pH|PH|万车死亡率"
    r"|亿元GDP[\u4e00-\u9fff]{0,4}死亡率"  # 求人倍率仅0.4: the jobs per applicant
    r"|率(?=[(（]每))"  # 有效申诉率(每百万件快件有效申诉件数)由0.95下降至0.83: a rate per so many, defined in brackets
    r"(?:[(（][^()（）]{0,24}[)）])?"
    # (分别为0.382和0.317: the next of a run of them)
    r"(?:[^,;。]{0,16}(?:为|是|达到?|由|从|至|到|的|在|仅|只有|[～~]|(?<=\d)[、和及]))?[ ]?$"
)
_UNITLESS_CHANGE = recache.compile(
    r"(?:收入比|收入倍差|性别比|之比|比率|比值|系数|指数|效率|PUE|万车死亡率|率[为是]?\d+\.\d+|率(?=[(（]每))"
    r"(?:[(（][^()（）]{0,24}[)）])?"
    r"[^。;!?]{0,40}"
    r"(?:比上年|较上年|同比)?"
    r"(?:缩小|扩大|下降|提高|上升|降低)了?$"
)
_RATE_BEFORE = recache.compile(r"率(?:为|是|达到?|降至|降到|下降[到至]|控制在|保持在|由|从|[至到])?[ ]?$")
_RATIO_NAME = recache.compile(r"(?:收入比|收入倍差|性别比|之比|比率|比值)(?:[(（][^()（）]{0,24}[)）])?[^,;。]{0,16}$")
_THRESHOLD = regex.compile(
    r"(?:及以上|以上|以下|及以下)的?(?=[\p{Han}“)）])(?!(?:增长|下降|提高|降低|同比|比上年|较上年|参加|参与|受益|出席|到场|观看))"
)
_BASE_PERIOD_BEFORE = recache.compile(r"[较比与][近前过去]{0,2}$")
_BASE_PERIOD_AFTER = recache.compile(r"(?:前|以前|之前|平均|均值|同期)")
_DONE_BEFORE = recache.compile(r"(?:完成|建成|实施|新建|新增|改造|修复|治理|整治|累计|共计|达到)$")
_VOLTAGE_CLASS_AFTER = recache.compile(
    r"(?:及以上|以上|及以下|以下|等级)?的?(?:[交直]流|特高压|超高压){0,2}"
    r"(?:变电站|变电所|换流站|开关站|输变电|线路|主变|变压器|电网|网架|架空线|电缆|母线|配电|配网|台区|间隔|出线|通道|工程|项目|电压等级|线)"
)
_SCALE_CLASS_AFTER = recache.compile(r"(?:以上|级)?的?(?:企业|项目|工程|园区|产业|大项目|集群)")
_CELL_SIGN = recache.compile(r"(?:^|[\t|]|[ ]{2}|(?<=\d)[ ])[ ]?\+$")  # 4A级 21 +2: a cell after a figure
_THRESHOLD_FAMILIES = ("money", "count", "measure", "duration", "other")
_RELATIVE_BEFORE = recache.compile(
    r"(?:^|[,;。:\n])(?:在|在这)?(?:过去|今后|未来|最近|近)$|(?:过去|今后|未来|最近)的?$"
)
_RECENT_AFTER = recache.compile(r"(?:来|以来|内|间|里|中|未|没有|均|累计|共|连续|先后)")
# 20秒内接通率, 30天无理由退货, 90天持有期(理财产品), 一年新业务价值: the time is part of a name
_METRIC_AFTER = regex.compile(
    r"(?:内|以内)?\p{Han}{0,3}率|(?:(?!平均|年均|累计|增长|以来)\p{Han}){4,5}率|新业务价值"  # 13个月保单继续率
    r"|滑动平均|平均浓度|降[雨水]量|雨量|无理由|(?:最短)?持有期|定开|封闭期"
)
_METRIC_BEFORE = ("最大", "最高", "最小", "日最大", "滑动")  # 最大24小时降雨量: the length of a measuring window
_INCIDENT_BEFORE = recache.compile(r"(?:事故|火灾|案件|事件|险情|疫情)$")
_TIER_AFTER = frozenset("档批类级期届季阶章节条款周")  # 第二批, 从第三季度起, 第二阶段: a tier or a stretch, no place
_TIER_UNITS = frozenset({"批", "期", "届", "类", "档", "轮", "次", "场"})  # 全省第三次国土调查: the n-th event
_ARTICLE_UNITS = frozenset({"个", "种", "项", "份", "组", "场"})
_ARTICLE_AFTER = recache.compile(r"[\u4e00-\u9fff]{1,3}的")
_EPITHET_END = recache.compile(r"[。,;!]")
# 一家建材企业负责人说, 一位市民表示: someone speaking; 以前开一家餐饮店要跑…: any one, as an example
_SPEAKER_AFTER = recache.compile(
    rf"[\u4e00-\u9fff]{{0,10}}?(?:{alternation(lx.SPEAKERS)})[\u4e00-\u9fff]{{0,3}}?(?:{alternation(lx.SPEECH_VERBS)})"
)
_EXAMPLE_BEFORE = recache.compile(rf"(?:{alternation(lx.EXAMPLE_TIMES)})[\u4e00-\u9fff]{{0,3}}$")
_EXAMPLE_AFTER = recache.compile(r"[\u4e00-\u9fff]{1,8}?(?:,[^。;\d]{0,12}?)?(?:要|需要|须|得|就得|就要)")
_LUNAR_DAY_BEFORE = recache.compile(r"(?:大年|正月|腊月|农历|冬月|[一二三四五六七八九十]月)初$")
_ROUND_THE_CLOCK = recache.compile(
    r"(?:不间断|全天候)?(?:服务|值守|值班|坚守|在线|营业|运行|开放|待命|监控|监测|巡逻|接警|响应|热线|咨询|守护|不打烊"
    r"|城市书房|自助|书房|图书馆|便利店|药店|政务服务)"  # 24小时城市书房: a kind of place open round the clock
)
_PAGE_META = recache.compile(
    r"(?:^|[\s|·])(?:阅读|浏览|点赞|赞|在看|转发|评论|收藏|播放|👍|💬|❤️?|🔁|👀)(?:量|数|次数)?[:：]?[ ]*$"
)
# what may stand before a round amount (罚金人民币十万元), unlike a unit header (单位：万元, (人民币百万元))
# 罚金十万元 is an amount; 均以人民币百万元列示 and 单位:人民币千元 name the scale figures are written in
_AMOUNT_LEAD = recache.compile(
    r"[\u4e00-\u9fff](?<!单位)(?<!币种)(?<!以)(?:人民币|港币|美元)?$(?<![(（:：以]人民币)(?<!以港币)(?<!以美元)"
)
_RUNNING_TIME = recache.compile(r"[(（](?:视频)?时长[:：]?[ ]?$")
_PERSON_BEFORE = recache.compile(r"(?:^|[,，、(（])[男女][,，、]$")
_PER_RATE_NAME = recache.compile(r"(?:[十百千万]|亿元)[^,;。\d]{0,6}率")
_ZERO_RATE = recache.compile(r"率(?:均)?(?:为|是|保持为?|控制为|实现)$")
_SIGN_AFTER_BASE = recache.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年|比上月|较上月|增减|YoY|QoQ|MoM|yoy|qoq|mom)[ ]?\+$"
)
_BOUND_BEFORE = recache.compile(r"(?:超过|超|逾|高于|低于|不足|不到|不低于|不少于|不超过|少于|多于|[≥≤><])$")
# the class named after 的: a noun, not a verb, a number or a target (超过100亿元的规模 is a figure)
_CLASS_NOUN = regex.compile(
    r"(?!(?:目标|要求|水平|规模|标准|任务|速度|幅度|增长|增幅|大关|记录|历史|高位|好成绩))"
    r"[“\"]?(?P<noun>(?:(?![在于对被把将从由向达为是有])\p{Han}){1,8}?)[”\"]?"
    r"(?<!标准|水平|要求|目标|均值|平均|限值|红线|底线)"  # 低于1.0名的国家标准: a comparison with a standard
    r"(?:实现|达到|全部|均|都|已|占|由|从|有|共|数量|个数|比例|[,;。])"
)
_PCT_BAND_AFTER = regex.compile(
    r"(?:[-—~～至到][\d.]+%?)?(?:及以上|以上|以下|及以下|之间)的(?:有|共|达|为)?[ ]?[\d一二两三四五六七八九十]"
)
# a class label, a bracket, and in it a range or a bound: 二级古树（300～499年）, 一级响应（50人以上）
_CLASS_BRACKET = regex.compile(r"[级类等档]\p{Han}{0,4}[(（](?:[\d.]+[-—~～至到])?$")
_BRACKET_BOUND = regex.compile(r"(?:[-—~～至到][\d.]+\p{Han}{0,2}|\p{Han}{0,2}(?:以上|以下|及以上|及以下))[)）]")
_BRACKET_RANGE_END = regex.compile(r"[\d.]+[-—~～至到]$")
_NONE_BEFORE = recache.compile(r"(?:无|没有|未有|并无|未发生|没发生)$")
_PICKED_BEFORE = recache.compile(r"最[\u4e00-\u9fff]{1,2}的$")  # 用时最短的一件: the one picked out
_TRAIT_AFTER = recache.compile(r"(?:突出|显著|重要|主要|鲜明|明显|新)?(?:特点|亮点|特征|缩影|标志|体现|趋势)")
_PARTY_AFTER = recache.compile(r"(?:或|和|与)?(?:双方|多方|另一方|当事人)")
_CIRCLE_AFTER = regex.compile(r"[^,;。!?\d]{0,5}圈")
# 3号线二期, 智算中心一期: the phase of a line, a site or a project named just before
_PHASE_OF = recache.compile(r"(?:号线|线|中心|工程|项目|园区|园|基地|小区|公园|港区|码头|机场|医院|校区|厂区|厂|枢纽)$")
_PHASE_AFTER = recache.compile(
    r"(?:已经?|正在|全面|顺利|基本)?(?:工程|项目|完工|竣工|开工|建成|投产|投运|主体|扩建|建设|厂房|厂区|园区|基地|产线)"
)
_EVENT_AFTER = recache.compile(rf"(?:[×x*]\d+)?(?:{alternation(lx.EVENT_WORDS)})")
_PHASE_NEXT = recache.compile(r"[、和及与至][一二三四五六七八九十]期")
_PHASE_BEFORE = recache.compile(r"[一二三四五六七八九十]期[、和及与至]$")
_WEEKDAY_BEFORE = recache.compile(r"(?:周|星期|礼拜)$")
_WEEKDAYS = frozenset("一二三四五六")
_PER_WEEK_UNITS = frozenset({"次", "回", "遍", "天", "日", "节", "课时", "小时"})
_ORDINAL_MEASURES = frozenset({"期", "套", "类", "级", "代", "档", "批次", "星", "线", "环"})
_HAN_AT = recache.compile(r"[\u4e00-\u9fff“]")
_BASE_BEFORE = recache.compile(r"以[^,;。()（）]{1,8}为$|(?:上年|去年|上年同期|基期)[ ]?=[ ]?$")
_CAPTION_BEFORE = recache.compile(r"(?:^|\n)[ \t]*(?:附表|续表|表|图|附图)[ ]?$")
_CODE_CITATION = recache.compile(r"第[A-Za-z\d.]*[A-Za-z.][A-Za-z\d.]*$")  # 第C.2.1条, 第14A.76条
_OVER_BEFORE = recache.compile(r"(?:超过|超|逾|高于|低于|不足|不到|不低于|不少于|不超过|达到|[≥≤><])$")
# after a threshold: the class it marks off, then a count of that class (以上项目416个, 的企业有12家)
_CHANGE_VERB_AT = recache.compile(r"(?:缩小|扩大|下降|提高|上升|降低)")
# PUE: power usage effectiveness; 万车死亡率: deaths per ten thousand vehicles
_SURVEY_NAMED = recache.compile(r"(?:人口)?抽样调查")
_STATED_AS = recache.compile(r"(?:为|是|的)$")
_SET_AGAINST_AFTER = recache.compile(r"相比|比较")
_SENTENCE_END = recache.compile(r"[。!?！？\n]")
_UNITLESS_NAME = recache.compile(r"万车死亡率|收入比|收入倍差|性别比|之比|比值|系数|指数|效率|PUE")
_BENCHMARK_AFTER = recache.compile(
    rf"的(?:{alternation(lx.PACE_WORDS)}|平均水平|平均值|全[省市县区国]平均|目标值?|国家标准|控制目标)"
)
_NOTE_BEFORE = recache.compile(r"[)）](?:为|是|达到?)?$")
_NOTE_NEAR = recache.compile(r"[)）][^()（）,，;；。]{0,20}$")
_HOUR_AT = recache.compile(r"\d{1,2}[时点](?!间|期|段|候)")
_FORCE_CONTEXT = recache.compile(r"地震|余震|震级|风力|阵风|台风|级风|风速|烈度")
_MARKED_YEAR = recache.compile(r"\d{1,2}\.(?:19|20)\d\d")
# 113年11月, 113年上半年, 113年第2季, 113年度, 113年底: a year counted from 1912 (民國)
_ROC_MONTH_AFTER = recache.compile(r"\d{1,2}月|[上下]半年|第[一二三四1-4]季|度|底|[1１一][至到-]")
_ROC_YEAR_AFTER = recache.compile(r"全年|则|前\d|前[一二三四五六七八九十]|同期|年底|年初")
_FISCAL_SPAN_BEFORE = recache.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年?[至到/-]$")
_AGE_CLASS_AFTER = recache.compile(r"及?(?:以上|以下)[的有]?[ ]?[\d一二两三四五六七八九十]")
_OPEN_IN = recache.compile(r"[(（][^()（）]*$")
_CLASS_COUNT = regex.compile(
    r"(?:及以上|以上|以下|及以下)?的?(?:(?![在于对被把将从由向])\p{Han}){1,12}?(?:达到?|有|共|为|计)?[ ]?"
    r"(?<!第)(?:\d|[一二两三四五六七八九十百千]+(?:余|多)?[个家项所户名人座条件](?!月))"  # not 第137届
)
# 年满18, 超过60, 18至: a bound; 由48.6岁下降到43.2岁: a level reached, not a bound
_AGE_LIMIT_BEFORE = recache.compile(r"(?:满|超过|[-—~]|(?<![达降升高加长少低小大增减])[至到])$")
_AGE_RANGE_AFTER = recache.compile(r"(?:周?岁)?[-—~至到](?:\d{1,3}|[一二三四五六七八九十]{1,3})周?岁")
_AGE_RANGE_FIRST = frozenset("周岁-—~至到")  # what _AGE_RANGE_AFTER can start with
# 期限为30日, 缩短为15日, 用时12日: a number of days, not a day of the month.
_DAYS_BEFORE = recache.compile(
    r"(?:期限|时限|期|用时|历时|需要?|仅用|平均|缩短|压缩|延长|提前|减少|增加|(?<!日)(?<!截)[为至到由从]|超过|不超过|不少于"
    r"|拘留|扣留|扣押|羁押|停业|停产|整顿|隔离|留置|查封|公示|连续"  # 行政拘留10日, 责令停产整顿30日: a term
    r"|(?:原来|原|法定|规定|承诺)的?)$"
)
# 给予30日的整改期限, 不少于30日的适应调整期: the length of a period named after 的, no day of a month
_SPAN_OF = recache.compile(r"的[\u4e00-\u9fff]{0,6}?(?:期|期限|时限|周期)(?![\u4e00-\u9fff])")
_DAYS_AFTER = recache.compile(r"(?:压缩|缩短|压减|减少|降至|以内|之内)")  # 由原来的7日压缩至3日
_INNER_PUNCT = recache.compile(r"[。,;!?]")
_CLAUSE_SPLIT = recache.compile(r"[,;。,\n]")
_YEAR_AFTER = recache.compile(r"\s?(?:年度|年底|年初|年末|年中|年以来|年\d|年[,,])")
_MONTH_AFTER = recache.compile(r"(?:月份|月底|月初|月末|月中|月上旬|月中旬|月下旬|月)")
_DAY_AFTER = recache.compile(r"(?:日|号)")
_RANGE_END_DAYS = recache.compile(r"\s*(?:至|到|-|—|~|～)\s*(\d{2,3})\s*(?:日|天)")


def _longer_range(text: str, end: int) -> bool:
    """30至45日: the other end of the range is more days than a month has, so both count days."""
    m = _RANGE_END_DAYS.match(text, end)
    return m is not None and int(m.group(1)) > 31
_HOUR_AFTER = recache.compile(r"(?:时|点)\d|(?:时|点钟)")
_YEAR_LIST_AFTER = recache.compile(r"\s?(?:\d|[,,])")
_HOTLINE_AFTER = recache.compile(r"[热政便平服诉]")
_CODE_PLUS = recache.compile(r"[+＋]\d")
_SECTION_NUMBER = recache.compile(r"\d+\.\d+$")
_HEADING_TITLE = recache.compile(r"[\u4e00-\u9fff、与和及]+")  # 升学与规培: words alone, no figure, no sentence
_LATIN_BEFORE = recache.compile(r"[A-Za-z]$")
_RATIO_AFTER = recache.compile(r"的?(?:比例|比率|配比|比)")
_LATIN_OR_BREAK = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n")  # $ also stands before a final \n
_UNIT_NOTE_BEFORE = recache.compile(r"单位(?:[:：]|(?:均|统一|皆)?为)\s*(?:人民币|港币|美元)?$")
_BARE_SCALE = recache.compile(r"[十百千万亿]+")
_CLOCK_BEFORE = recache.compile(r"\d{1,2}[时点]$")
_NEAR_BEFORE = recache.compile(r"(?:近|约|超过?|逾|将近|接近|不足|不到|达|突破)$")
_TIME_CLOCK = recache.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")


_LAST_OPEN = regex.compile(rf"(?r)[{regex.escape(_QUOTE_OPEN)}]")  # (?r): searched from the end backwards
_CLOSE_ONLY = _QUOTE_CLOSE.replace('"', "")  # a straight " may open a quotation as well
_LAST_CLOSE = regex.compile(rf"(?r)[{regex.escape(_CLOSE_ONLY)}]")
_TITLE_BREAK = recache.compile(r"[。;!?\n]")  # a book title never spans a sentence
_FIRST_CLOSE = recache.compile(rf"[{re.escape(_QUOTE_CLOSE)}]")


def quoted_span(text: str, pos: int, limit: int = 16) -> bool:
    """True when `pos` stands inside a short quotation or book title: “3721”, “一村一方案”, 《…》 (a title may be
    longer, with a bracket inside: 《人民法院五年改革纲要（2024—2028）》)."""
    title = text.rfind("《", max(0, pos - 40), pos)
    if title >= 0 and "》" not in text[title:pos]:
        close = text.find("》", pos, pos + 40)
        if close >= 0 and "《" not in text[pos:close] and not _TITLE_BREAK.search(text, title, close):
            return True
    opens = _LAST_OPEN.search(text, max(0, pos - limit), pos)
    if opens is None or _LAST_CLOSE.search(text, opens.end(), pos):
        return False
    if text[opens.start()] == '"' and text.count('"', text.rfind("\n", 0, opens.start()) + 1, opens.start()) % 2:
        return False  # "进校园"活动156场次: a straight quote that closes one, its line's second
    shut = _FIRST_CLOSE.search(text, pos, pos + limit)
    return shut is not None and not _INNER_PUNCT.search(text, opens.end(), shut.start())


def _quoted_text(text: str, pos: int, limit: int = 40) -> str:
    """The quotation `pos` stands in (“…”), up to `limit` characters each way; "" when none."""
    opens = text.rfind("“", max(0, pos - limit), pos)
    if opens < 0 or "”" in text[opens:pos]:
        return ""
    shut = text.find("”", pos, pos + limit)
    return text[opens + 1 : shut] if shut >= 0 else ""


_NOTE_PER = recache.compile(r"单位(?:[:：]|为)[^\n:：,;。]{1,8}/$")  # 单位：元/500克: per so much of the goods
_ONES_SLOGAN = recache.compile(r"^一[\u4e00-\u9fff]{1,8}(?:、一[\u4e00-\u9fff]{1,8})+$")
_TEAM_UNITS = frozenset(lx.TEAM_UNITS)
_TEAM_OWNER = recache.compile(rf"(?:{alternation(lx.TEAM_OWNERS)})$")


def reason(text: str, tok: Token, set_phrase_spans: list[tuple[int, int]]) -> str | None:
    """The reason `tok` is not a claim, or None."""
    if tok.skip:
        return tok.skip
    before = text[max(0, tok.start - 12) : tok.start]

    if tok.family == "ratio":
        clause = _CLAUSE_SPLIT.split(before)[-1]
        terms = tok.number.split(":")
        # 杠杆率达1:9, 按1:1的比例, 三次产业结构调整为13:48:39
        named = any(w in clause for w in ("比", "率", "结构", "构成")) or _RATIO_AFTER.match(text, tok.end)
        if not named and all("." not in t for t in terms) and len(terms) <= 3:
            if _TIME_CLOCK.match(":".join(terms[:2])):
                return "time of day"
            return "not a ratio"
        return None

    # Read once; the fields are only written on the way out (rank, unitless).
    unit, family, chinese, value, num_end, end = tok.unit, tok.family, tok.chinese, tok.value, tok.num_end, tok.end

    if family == "percent" and _SURVEY_NAMED.match(text, end):
        return "name"  # 全国1%人口抽样调查: a survey named by the share of people it samples
    if before.endswith(("北纬", "南纬", "东经", "西经")):
        return "coordinate"  # 北纬25.12度: a place, not a quantity
    # Codes and names with digits: PM2.5, CO2, H7N9, 5G.
    if not chinese and before[-1:] in _LATIN_OR_BREAK and _LATIN_BEFORE.search(before):
        return "code"
    if not chinese and before.endswith("-") and _LATIN_BEFORE.search(before[:-1]):
        return "code"  # 禽流感H5亚型(Re-14株): a strain, a model or a part named by letters and a number
    if unit == "分" and _CLOCK_BEFORE.search(before):
        return "time of day"

    # 前五名客户, 排名前三位: the size of a top group in a ranking, not a count of things.
    # (but 招收博士后11名 counts postdoctoral fellows)
    ranked = before.endswith(("前", "后")) and not before.endswith("博士后")
    if unit in ("名", "位") and ranked and value is not None and value <= 20:
        return "ranking range"

    # Per-N bases: 每千名老年人, 每万人口 — the base of a rate, not a count.
    if before.endswith(("每", "(/", "（/", "(1/", "（1/")) or (before.endswith("/") and _NOTE_PER.search(before)):
        return "per-unit base"  # 报告发生率(/10万剂次), 单位：元/500克: the base a column's figures are per
    # 执行一队, 刑侦二中队, 信访三科: a unit's name numbered by its body, no count of units
    if chinese and value is not None and value <= 10 and unit in _TEAM_UNITS and _TEAM_OWNER.search(before):
        return "name"

    # 第一、二种形态, 第二、三产业: the next ordinals of a run opened by 第
    run = _ORDINAL_RUN.search(before)
    if run and not _RANK_LIST.search(text, max(0, tok.start - 24), tok.start):
        if unit in ("", "位", "名") and _RANK_CONTEXT.search(before, 0, run.start() + 1):
            tok.family = "rank"  # 分列第2、3位: the places of a run of ranks, each a rank, in the word written
            return None
        return "ordinal"
    # Ordinals: 第一责任人, 第三季度, 第十二条 — a rank only after 全国/全省/位居 …
    if "第" in before[-2:] and _ORDINAL_BEFORE.search(before):
        if (not unit and text[num_end : num_end + 1] in _TIER_AFTER) or unit in _TIER_UNITS:
            return "ordinal"  # 第一档电价, 第二批试点, 全县第一批12个村, 第三类: a tier, a batch, a class
        if _RANK_CONTEXT.search(before) or (not unit and _BIGGEST_AFTER.match(text, num_end)) or (
            unit in ("", "位", "名")
            and (
                _RANK_MOVE.search(before)
                or _RANK_SCOPE.search(text, max(0, tok.start - 24), tok.start)
                or _RANK_LIST.search(text, max(0, tok.start - 24), tok.start)
            )
        ):
            tok.family = "rank"  # 全省第3位, 第二名: the measure word as written (位, 名) is the unit, else none
            return None
        if _CITATION_AFTER.match(text, num_end):
            return "legal citation"
        return "ordinal"

    # Dates and periods: 2024年, 3月, 9月20日, 一季度, 1-9月, 二〇二四年, 头五天, 十周年.
    if (
        unit == "日"
        and value is not None
        and value <= 31
        and "." not in tok.number  # 平均住院日8.7日: days counted, never a day of the month
        and not _WITHIN.match(text, end)
        and not _DAYS_BEFORE.search(before)
        and not _DAYS_AFTER.match(text, end)
        and not _SPAN_OF.match(text, end)
        and not _longer_range(text, end)
    ):
        return "day"
    if unit == "日" and value is not None and value <= 31 and _MONTH_NAMED.search(before):
        return "day"  # 8月20日后, 十月五日以来: the day of a month named, whatever follows
    if unit == "日" and value is not None and value <= 31 and _HOUR_AT.match(text, end):
        return "day"  # 截至16日8时, 15日8时至16日8时: a day of the month, at an hour
    if unit == "年" and text.startswith("级", end):
        return "name"  # 四年级学生, 八年级: a school grade
    if unit == "周" and text[end : end + 1] == "年":
        return "anniversary"
    # 前三个月, 首十个月 (but 标价前7日内 is a span of days)
    days_within = unit in ("日", "天") and _WITHIN.match(text, end)
    if family == "duration" and _PERIOD_BEFORE.search(before) and not days_within:
        return "period"
    if unit == "年" and _is_year(tok):
        return "year"
    if unit == "年" and _MARKED_YEAR.fullmatch(tok.number):
        return "list marker"  # 附件:1.2023年度…: a list number run into the year after it
    if not unit and tok.multiplier > 1 and text.startswith("级", end):
        return "category threshold"  # 500亿级企业, 千亿级产业集群: a size class
    if unit == "年" and not chinese and 2 <= len(tok.number) <= 3 and (
        before.endswith(("民國", "民国"))
        or _ROC_MONTH_AFTER.match(text, end)
        or (tok.number[:1] == "1" and len(tok.number) == 3 and _ROC_YEAR_AFTER.match(text, end))
    ):
        return "year"  # 民國113年, 113年11月29日, 113年全年, 114年則為: a year counted from 1912
    if unit == "年" and chinese and _FISCAL_SPAN_BEFORE.search(before):
        return "year"  # 二○二四至二五年度: the second year of a fiscal year, written short
    if value is not None and not unit:
        num_after = text[num_end : num_end + 6]
        if _YEAR_AFTER.match(num_after) and _is_year(tok):
            return "year"
        if _MONTH_AFTER.match(num_after) and value <= 12:
            return "month"
        if _DAY_AFTER.match(num_after) and value <= 31:
            return "day"
        if _HOUR_AFTER.match(num_after):
            return "time of day"
        if num_after.startswith("季度") or num_after.startswith("季"):
            return "quarter"
        if _MONTH_RANGE.match(text, num_end):
            return "month range"
        if num_after.startswith("号"):
            return "number sign"
    if unit == "年" and _YEAR_LIST_AFTER.match(text, end, end + 8) and _is_year(tok):
        return "year"

    # Identifiers: 索引号, 文号, hotlines, codes in brackets 〔2024〕12号.
    if (
        not _IDENT_CUE_ENDS.isdisjoint(before[-6:])
        and _IDENT_BEFORE.search(before)
        and not (unit and family in ("count", "money", "duration"))
    ):
        return "identifier"  # but 接听电话4.2万通 counts calls
    if text[num_end : num_end + 1] == "号" or before.endswith("〔") or before.endswith("["):
        return "identifier"
    if not chinese and tok.multiplier == 1 and tok.number.lstrip("-") in lx.HOTLINES and (
        not unit or (family == "count" and (_HOTLINE_AFTER.match(text, end, end + 8) or "热线" in text[end : end + 8]))
    ):
        return "hotline"

    # List and section markers: 一、 (一) 1. 1、 (1) 一是 §5 5.1
    if _is_marker(text, tok):
        return "list marker"

    # Names and set phrases: 二十大, 二十届三中全会, 十四五, 一站式, 三重一大 …
    if chinese:
        if (
            any(s <= tok.num_start and num_end <= e for s, e in set_phrase_spans)
            and not (text.startswith("一起", tok.num_start) and _INCIDENT_BEFORE.search(before))
            and "分之" not in tok.number  # 不足百分之一: a fraction, not the 之一 of 措施之一
        ):
            return "set phrase"  # (but 发生一般事故一起: one accident, not "together")
        if _NAME_AFTER.match(text, num_end):
            return "name"
        if text[num_end : num_end + 1] == "五" and tok.number.startswith("十"):
            return "name"
    elif unit in ("", "大") and _NAME_AFTER.match(text, num_end):
        return "name"

    if chinese and (mix := UPS_AND_DOWNS.search(text, max(0, tok.num_start - 6), num_end + 6)) and (
        mix.start() <= tok.num_start < mix.end()
    ):
        # 八大类价格“五涨二降一平”, 主要指标“三升两降”: how many of the kinds went up, down or stayed
        tok.family, tok.unit, tok.unit_text, tok.end = "count", "", "", num_end
        return None
    if value == 100 and unit == "%" and before.rstrip().endswith(("×", "*", "x", "X", "乘以")):
        return "formula"  # 超限率=超限车辆数÷检测货车数×100%: the constant of a definition, no figure
    # Slogans and codes in short quotations: “3721”, “1+8+126”, “一村一方案”.
    if tok.number == "一" and _ONES_SLOGAN.search(_quoted_text(text, tok.num_start)):
        return "slogan"  # “一个项目、一名区领导、一个工作专班、一套推进方案”: a slogan of ones, no count
    if quoted_span(text, tok.num_start) and not _quote_is_measure(text, tok):
        return "quoted name"
    if (text.startswith(("+", "＋"), num_end) and _CODE_PLUS.match(text, num_end)) or (
        before.endswith("+")
        and not _CELL_SIGN.search(before)  # +0.35 in a table cell is a signed change
        and not _SIGN_AFTER_BASE.search(before)  # so is 同比+8.3%
    ):
        return "code"

    if unit in ("年", "个月") and (
        _RELATIVE_BEFORE.search(before) or (before.endswith("近") and _RECENT_AFTER.match(text, end))
    ):
        return "period"  # 过去一年, 今后五年, 近两年累计投入, 人员近三年未参加: when, not how long
    if family == "duration" and (
        (_METRIC_AFTER.match(text, end) and not before.endswith("连续"))  # 连续两个月按期办结率排名末位: a streak
        or _CIRCLE_AFTER.match(text, end)
        or before.endswith(_METRIC_BEFORE)
    ):
        return "metric name"  # 20秒内接通率, 8小时滑动平均, 15分钟生活圈: the time is part of a name
    if unit == "次" and value == 1 and before.endswith(("最长", "最短", "最大", "最高", "最多", "最少")):
        return "set phrase"  # 最长一次连续作业19个小时: the longest spell, no count of spells
    if value in (1, 100, 1000) and _BASE_BEFORE.search(before):
        return "base"  # 性别比为105.26（以女性为100）, 上年=100: the base a figure is stated against
    if _CAPTION_BEFORE.search(before):
        return "table label"  # 表2 主要指标, 附表3: the number of a table
    if chinese and _UNIT_NOTE_BEFORE.search(before) and _BARE_SCALE.fullmatch(tok.number):
        return "unit note"  # 金额单位均为人民币百万元: the unit the table's figures are in
    if unit in ("条", "款", "章", "节", "项") and _CODE_CITATION.search(before):
        return "legal citation"
    if unit == "期" and chinese and before.endswith(("(", "（")) and text.startswith((")", "）"), end):
        return "phase"  # 东环路工程（二期）: the phase in a project's name
    if unit == "期" and chinese and (_PHASE_AFTER.match(text, end) or _PHASE_OF.search(before)):
        return "phase"  # 湿地公园三期完工, 3号线二期: the third phase, not three periods
    if unit == "期" and chinese and (_PHASE_NEXT.match(text, end) or _PHASE_BEFORE.search(before)):
        return "phase"  # 遗址一期、二期发掘: phases named in a row, not one period and two
    if unit in ("米", "分钟", "秒") and _EVENT_AFTER.match(text, end):
        return "event name"  # 50米跑, 1分钟跳绳, 1分钟仰卧起坐: a test event, not a distance or a time
    if unit == "字" and (tok.multiplier == 1 and (value is None or value < 100)):
        return "name"  # 红十字会, 一字排开, 十字路口: a word of a name; words of a text are counted by the thousand
    if unit == "站" and text.startswith(("式", "到底", "通"), end):
        return "set phrase"  # 一站式服务, 一站通办
    if chinese and _WEEKDAY_BEFORE.search(before) and tok.number in _WEEKDAYS and unit not in _PER_WEEK_UNITS:
        return "weekday"  # 除周一例行闭馆外, 星期三下午: the day of the week, not one case (每周一次 is a count)
    if tok.number == "二" and unit in _ORDINAL_MEASURES and _HAN_AT.match(text, end) and not before.endswith("第"):
        # 二套住房, 二期系统, 二类疫苗: 二 before a measure word names the second of a kind (two of them is 两套)
        return "ordinal name"
    if unit in ("千伏", "伏", "kV", "KV") and _VOLTAGE_CLASS_AFTER.match(text, end):
        return "voltage class"  # 新投运220千伏变电站2座, 10千伏线路: the class of the equipment, not a measure
    if unit in ("岁", "周岁") and _PERSON_BEFORE.search(before):
        return "personal data"  # 张某某，男，56岁，中共党员: who someone is, not a figure of the report
    if tok.unit_text.endswith("年") and text.startswith("代", end):
        return "period"  # 上世纪八九十年代, 80年代: a decade of the calendar
    if family == "duration" and before.endswith("止"):
        return "period"  # 截至2024年6月30日止六个月: the period the figures cover
    if family == "measure" and text.startswith("级", end):
        return "category threshold"  # 30万吨级码头, 百万千瓦级机组: a size class
    if tok.unit_text == "角" and not before.endswith(("元", "块")):
        return "name"  # 长三角, 八角: 角 is money only after 元 (2元5角)

    # 亿元以上项目126个, 投资500万元以上的项目, 1000万元（含）以下的项目: a threshold inside a category name.
    bound = end + 3 if text.startswith(("(含)", "（含）"), end) else end
    if (
        unit
        and family in _THRESHOLD_FAMILIES
        and text.startswith(("及", "以"), bound)
        and _THRESHOLD.match(text, bound)
        and not (family == "duration" and before.endswith("提前"))  # 提前24小时以上发布: how early, a figure
        # 完成3000亩以上矿山生态修复 is a figure, but 实施500万元以上项目416个 counts the projects of a class
        and (not _DONE_BEFORE.search(before) or _CLASS_COUNT.match(text, bound))
        # 组织200家以上企业参展 counts the firms; 10人以上企业12家 names a class of firms counted after it
        # (一次死亡3人以上事故, 30户以上自然村, 大班额（56人以上）: people and households mark off a class)
        and (
            family != "count" or unit in ("人", "户") or before.endswith(("(", "（")) or _CLASS_COUNT.match(text, bound)
        )
    ):
        return "category threshold"
    # 超过50万元的村213个, 增速超过20%的企业有12家: the figure marks off the things counted after it
    if (
        unit
        and text.startswith("的", end)
        and _OVER_BEFORE.search(before)
        and _CLASS_COUNT.match(text, end)
        and not _BENCHMARK_AFTER.match(text, end)
    ):
        return "category threshold"
    # 收入超过10万元的村实现全覆盖, 低于1万元的脱贫户: a bound that names a class, whatever is said of it
    if (
        family in _THRESHOLD_FAMILIES
        and text.startswith("的", end)
        and _BOUND_BEFORE.search(before)
        and _CLASS_NOUN.match(text, end + 1)
        and not (family == "duration" and _SPAN_OF.match(text, end))  # 不少于30日的调整期: the period's length
        and not _BENCHMARK_AFTER.match(text, end)  # 高于75%的序时进度3.8个百分点: the pace set against, a figure
    ):
        return "category threshold"
    # 高温日数（日最高气温≥35℃）: a bound in brackets that defines what is counted
    if before[-1:] in "≥≤><" and text.startswith((")", "）"), end) and _OPEN_IN.search(before):
        return "category threshold"
    # 在90%以上的有5个, 80%～90%之间的有3个: a band of a rate that the count after it falls in. Bounded: unbounded,
    # the regex module looks for the 的 it needs as far as the end of the text, on every call.
    if family == "percent" and _PCT_BAND_AFTER.match(text, end, end + 32):
        return "category threshold"
    # 二级古树（300～499年）, 一级响应（50人以上）: the bounds of a class, in brackets after its name
    if _CLASS_BRACKET.search(text, max(0, tok.start - 12), tok.start) and (
        _BRACKET_BOUND.match(text, end)
        or (_BRACKET_RANGE_END.search(before) and text.startswith(("）", ")"), end))
    ):
        return "category threshold"
    if chinese and tok.number == "一" and _NONE_BEFORE.search(before):
        return "negation"  # 无一人因贫失学, 未发生一起: none, said with 一
    if chinese and tok.number == "一" and unit in _ARTICLE_UNITS and _ARTICLE_AFTER.match(text, end):
        return "article"  # 一个好的开端, 一个新的增长极, 交出一份亮眼的成绩单: "a", not a count
    if chinese and tok.number == "一" and (
        _PICKED_BEFORE.search(before)
        or _TRAIT_AFTER.match(text, end)
        or (tok.unit_text == "方" and _PARTY_AFTER.match(text, end))
    ):
        return "article"  # 最长的一件案件, 案件的一个突出特点, 一方或双方当事人: which one, or "a", not a count
    if chinese and tok.number == "一" and (
        _SPEAKER_AFTER.match(text, end, end + 24)
        or (_EXAMPLE_BEFORE.search(before) and _EXAMPLE_AFTER.match(text, end, end + 24))
    ):
        return "article"  # 一家企业负责人说; 过去修复一条信息要跑几个部门: "a", someone or anything of the kind
    if unit == "年" and before.endswith("的") and _EPITHET_END.match(text, end):
        return "set phrase"  # 极不平凡的五年: a stretch of years praised, no figure
    if chinese and _LUNAR_DAY_BEFORE.search(before) and value is not None and value <= 10:
        return "day"  # 大年初五, 正月初八: a day of the lunar month
    if unit == "小时" and value == 24 and _ROUND_THE_CLOCK.match(text, end):
        return "set phrase"  # 24小时值守, 24小时服务热线: round the clock, no length of time
    if not unit and _PAGE_META.search(before):
        return "page furniture"  # 阅读 10万+, 点赞 3.6万: a post's counters, no figure of the report
    if family == "duration" and _RUNNING_TIME.search(before):
        return "page furniture"  # 视频：…（时长1分32秒）: the clip's running time
    if (unit in ("岁", "周岁") and _AGE_LIMIT_BEFORE.search(before)) or (
        unit in ("", "岁", "周岁")
        and text[num_end : num_end + 1] in _AGE_RANGE_FIRST
        and _AGE_RANGE_AFTER.match(text, num_end)
    ):
        return "category threshold"  # 年满18周岁, 60岁至70岁的: an age bound, not an age found
    if unit in ("岁", "周岁") and _AGE_CLASS_AFTER.match(text, end, end + 8):
        return "category threshold"  # 35岁及以下8.02万名: the class the figure after it counts
    if (
        chinese
        and not tok.vague
        and all(c in "十百千万亿" for c in tok.number)
        and tok.number != "十"
        and not (unit and (tok.approx or _NEAR_BEFORE.search(before)))  # 万余人, 近千家 are figures
        and not (family == "money" and len(tok.number) > 1 and _AMOUNT_LEAD.search(before))  # 罚金十万元
    ):
        return "bare scale"
    if (
        chinese
        and family != "count"  # 完成十个项目 counts ten projects
        and all(c in "十百千万亿" for c in tok.number)
        and _SCALE_CLASS_AFTER.match(text, end)
    ):
        return "category threshold"  # 超亿元企业, 过千万元项目: a size class
    if tok.unit == "年" and _BASE_PERIOD_BEFORE.search(before) and _BASE_PERIOD_AFTER.match(text, tok.end):
        return "period"  # 较五年前, 比近三年平均值: the base of a comparison
    if unit == "年" and _PLAN_AFTER.match(text, end):
        return "plan name"
    if value is None:
        return "no value"
    if not unit and value == 0 and _ZERO_RATE.search(before) and _PER_RATE_NAME.search(before):
        tok.family = "unitless"  # 万台设备死亡率为0: a rate per ten thousand, not in per cent
        return None
    if not unit and value == 0 and _ZERO_RATE.search(before) and not text.startswith(".", num_end):
        tok.unit, tok.family = "%", "percent"  # 被复议纠错率为0, 败诉率为零: a rate of nothing, in per cent
        return None
    if not unit and family not in ("percent", "rank", "unitless") and not (family == "count" and tok.row_head):
        scaled = tok.multiplier >= 10_000 or (
            chinese and tok.number[-1:] in ("万", "亿") and any(c in lx.DIGITS for c in tok.number)
        )
        if scaled and not tok.vague:
            tok.family = "unitless"  # 粉丝量达23万, 人口四百一十万: a scaled figure whose unit is understood
            return None
        # 性别比(以女性为100,男性对女性的比例)为104.67: a note in brackets may stand between the name and the figure
        # (率(每百万件…件数)由上季度的0.95下降至0.83: or between the name and the words that lead to the figure)
        noted = _NOTE_BEFORE.search(text, max(0, tok.start - 24), tok.start) or _NOTE_NEAR.search(
            text, max(0, tok.start - 24), tok.start
        )
        reach = 48 if noted else 24
        if (not chinese or "点" in tok.number) and _UNITLESS_MEASURE.search(text, max(0, tok.start - reach), tok.start):
            lo = max(0, tok.start - reach)
            tok.family = "unitless_ratio" if _RATIO_NAME.search(text, lo, tok.start) else "unitless"
            return None
        if not chinese and "." in tok.number and _RATE_BEFORE.search(text, max(0, tok.start - 12), tok.start):
            tok.family = "unitless"  # 亿元GDP生产安全事故死亡率为0.021: a rate written as a plain decimal
            return None
        if (
            not chinese
            and _CHANGE_VERB_AT.match(text, end)
            and (name := _UNITLESS_NAME.search(text, max(0, tok.start - 72), tok.start))
        ):
            # 性别比为104.67,比2010年的105.02下降0.35: the earlier value of that figure
            tok.family = "unitless_ratio" if name.group().endswith(("比", "比值", "倍差")) else "unitless"
            return None
        if not chinese and _UNITLESS_CHANGE.search(text, max(0, tok.start - 72), tok.start):
            tok.family = "unitless"  # 收入比为2.02:1,比上年缩小0.05: the change of a unitless figure
            return None
        if (
            not chinese
            and "." in tok.number
            and (_STATED_AS.search(text, max(0, tok.start - 2), tok.start) or _SET_AGAINST_AFTER.match(text, end))
            and (name := _UNITLESS_NAME.search(text, max(0, tok.start - 72), tok.start))
            and not _SENTENCE_END.search(text, name.end(), tok.start)
        ):
            # 性别比(以女性为100)最高的是石门县,为106.82;最低的是云溪区,为99.37 / 与2010年的103.65相比: the values of
            # the unitless figure the sentence names, past the places they are of
            tok.family = "unitless_ratio" if name.group().endswith(("比", "比值", "倍差")) else "unitless"
            return None
        if text.startswith("级", end) and _FORCE_CONTEXT.search(text, max(0, tok.start - 8), min(len(text), end + 4)):
            tok.unit, tok.family, tok.unit_text, tok.end = "级", "measure", "级", end + 1
            return None  # 4.8级地震, 最大风力14级: a magnitude or wind force on its scale
        if not chinese and CURRENCY_BEFORE.search(text, max(0, tok.start - 4), tok.start):
            return None  # 每股HK$0.25, 港币18.0仙: the currency stands before the number (see attach.qualifiers)
        if value == int(value) and 1 < value < 1000 and not tok.vague and COUNTED_AFTER.match(text, end):
            tok.family = "count"  # 联合7部门, 四部门联合印发: the departments are counted, with no measure word
            return None
        return "no unit"
    return None


def _quote_is_measure(text: str, tok: Token) -> bool:
    """Quoted text that is itself a measurement still counts: a % or money inside (“两个100%”), or a figure
    whose unit closes the quotation (压缩至“5个工作日”; “15分钟生活圈” is a name)."""
    if tok.family in ("percent", "money") and not tok.chinese:
        return True
    if tok.family == "duration" and not tok.chinese and text.startswith(("内", "以内"), tok.end):
        return True  # “24小时内响应、5个工作日内办结”: time limits, each a figure
    return (  # not “综合查一次”, “暖企惠民10条”
        bool(tok.unit)
        and not tok.chinese
        and text[tok.start - 1 : tok.start] in ("“", "\"", "「")
        and text.startswith(("”", "\"", "」"), tok.end)
    )


def _is_year(tok: Token) -> bool:
    digits = tok.number.lstrip("-")
    if tok.chinese:
        return len(digits) == 4 and all(c in "〇零一二三四五六七八九○" for c in digits)
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100


# What may follow a list marker's number (一、 1. (1) 一是 5.1 管理层…); without one, only § can make a marker.
_AFTER_MARKER = frozenset("、.)）．是 \t")


def _is_marker(text: str, tok: Token) -> bool:
    if text[tok.num_end : tok.num_end + 1] not in _AFTER_MARKER and "§" not in text[
        max(0, tok.num_start - 40) : tok.num_start
    ]:
        return False
    lo = max(0, tok.num_start - 40)
    line_start = text.rfind("\n", lo, tok.num_start) + 1
    lead = text[line_start : tok.num_start] if line_start or lo == 0 else "…"
    bare = lead.strip()
    nxt = text[tok.num_end : tok.num_end + 2]
    first = nxt[:1]
    if bare in ("", "(", "（", "§") and (first in ("、", ".", ")", "）", "．") or bare == "§"):
        return not (first == "." and nxt[1:2].isdigit())
    if tok.chinese and first in ("是", "、") and tok.value is not None and tok.value <= 20:
        return True  # 一是…二是…, 二、 inside a line
    if first in (")", "）") and not tok.unit and lead.rstrip().endswith(("(", "（")):
        return not ("," in tok.number or "." in tok.number)  # (5,028.17) is an amount in brackets, a negative
    if not tok.chinese and first == "、" and not tok.unit and bare == "":
        return True
    # 5.1 管理层讨论 — a numbered heading at the start of a line (2.3 升学与规培: its title may open like a unit)
    if bare != "" or first not in (" ", "\t") or not _SECTION_NUMBER.match(tok.number):
        return False
    end = text.find("\n", tok.num_end)
    title = text[tok.num_end : end if end >= 0 else len(text)].strip()
    return not tok.unit or (len(title) <= 24 and _HEADING_TITLE.fullmatch(title) is not None)
