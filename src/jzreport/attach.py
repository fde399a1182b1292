"""Attach to each claim token what the words around it say: qualifier, kind, direction, baseline, subject."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon as lx
from . import recache
from .patterns import BULLETS, CURRENCY_BEFORE, MULTIPLE_OF, UPS_AND_DOWNS, alternation
from .scan import Token

# Clause marks; a comma between digits is a thousands separator (125,634.52), not a clause mark.
# A line break is no clause mark: where it ends a sentence the sentence bound stops the search anyway, and
# inside a hard-wrapped sentence it stands anywhere, 审核\n率 included.
# (?r): searched from the end backwards, so the first match found is the last clause mark.
# a bullet or an emoji (▶ ✅ 📈) opens a clause as a mark does
# (a footnote mark, 民生支出[4], is no bracket)
_LAST_CLAUSE = regex.compile(
    rf"(?r)[;:。!?、|\t【】]|\[(?!\d{{1,2}}\])|(?<!\[\d)(?<!\[\d\d)\]|{BULLETS}|(?<!\d),|,(?!\d)"
)
_LAST_SENTENCE_END = regex.compile(r"(?r)[。!?\n]")
# the 约 of 节约, 村规民约, 合约, 公约 is no qualifier
_NOT_WORD_YUE = (  # nor 近 of 最近, nor 超 of 出超 (a trade surplus)
    r"(?:(?<![节公合条契规协制特签履违预集])(?<!规民)(?=约)|(?<!最)(?=近)|(?<!出)(?=超)|(?![约近超]))"
)
_APPROX_BEFORE = recache.compile(
    rf"{_NOT_WORD_YUE}(?:{alternation(lx.APPROX_BEFORE)})[ ]?(?:{alternation(lx.CURRENCY_PREFIXES)})?[ ]?$"
)
# 至少配备20名, 最多扩大到5个, 约占…的三成: the qualifier stands before a verb or a share phrase.
_APPROX_FAR = regex.compile(
    r"(?P<w>至少|最多|不少于|不超过|至多|最少|不[得能应]超过|不[得能]少于|不[得能]低于)[\p{Han}]{1,4}$"
    r"|(?P<w>约占|约为|不低于|不少于|不超过|不高于)[^,;。\d]{0,16}的$"
)
_CURRENCY_TAIL = recache.compile(rf"[ ]?(?:{alternation(lx.CURRENCY_PREFIXES)})?[ ]?$")
# 3000套（间）以上: a bracketed note on the unit may stand between the figure and its qualifier
_APPROX_AFTER = recache.compile(
    rf"[ ]?(?:[(（][^()（）,;。]{{1,4}}[)）]|[”\"」])?(?P<word>{alternation(lx.APPROX_AFTER)})"
)

_INC = alternation(lx.INCREASE_VERBS)
_DEC = alternation(lx.DECREASE_VERBS)
_FILLER = (
    r"(?:了|约|近|达到|达|为|分别|均|共|计|超过|逾|将近|接近|突破|高达|多达|仅|已|再|又|大幅|明显|持续|稳步|同比|环比)*"
)
# A change verb right before the number: 增长4.6%, 同比下降2.60%, 增长了近4倍, 比增53%.
# One-character verbs (增 降 多 少 …) count only after a comparison: 比增, 同比减, 较上年多.
_CHANGE_BEFORE = regex.compile(
    rf"""
    (?:
        (?P<inc2>增长|增加|提高|上升|(?<!改造|扩容)提升|上涨|增多|扩大|攀升|回升|加快|增产|增收|增支|超收|净增|多增|翻了?|前移|前进|上调|激增|猛增|多出|高出|超出
               |涨价|提价|上浮|偏多|偏高|偏长|上修|年增|成长|延长|递增
               |(?<![上高暴飞猛看])涨)  # 偏多12%: against the normal (常年); 年增, 上修: Taiwan; 涨了三成
      | (?P<dec2>下降|降低|减少|压缩|压减|压降|节约|缩短|缩减|缩小|回落|下跌|下滑|精简|节省|削减|放缓|收窄
               |减轻|减产|减收|减支|短收|净减|少增|后移|后退|下调|锐减|骤降|降价|下浮|让利|偏少|偏低|偏短|减亏|下修|年减
               |节电|节水|节煤|节油|节能(?!环保)|核减|审减|递减
               |(?<![下暴大狂])跌)  # 年可节电约126万千瓦时: a saving is a decrease; 跌了5%
      | (?P<inc2>高于|超出|多于)[^,;。\d]{{2,14}}?(?:平均水平|水平|平均值?|均值|标准)   # 高于全省平均水平2.3张
      | (?P<dec2>低于|少于)[^,;。\d]{{2,14}}?(?:平均水平|水平|平均值?|均值|标准)
      | (?<=再)(?P<inc1>增|升|涨)                  # 再降5%以上: a further change, planned
      | (?<=再)(?P<dec1>降|减)
      # 比上年多加装17部
      | (?<=(?:较|比(?![例重率值]))[^,;。]{{0,12}}?)(?P<inc1>多)(?![年个种项家次数方])\p{{Han}}{{1,5}}(?<![的了])
      | (?<=(?:较|比(?![例重率值]))[^,;。]{{0,12}}?)(?P<dec1>少)(?![年数量])\p{{Han}}{{1,5}}(?<![的了])
      | (?<=(?:[较同环]|比(?![例重率值]))[^,;。]{{0,12}}?)(?P<inc1>增|多|高|升|涨)  # not 比例最高达60%
      | (?<=(?:[较同环]|比(?![例重率值]))[^,;。]{{0,12}}?)(?P<dec1>降|少|低|跌|减)
      | (?P<neg>负增长)
      | (?P<save>节约|节省|节支)(?:了)?[^\d,;。]{{0,6}}?(?:资金|费用|成本|开支|支出|时间|时长)  # 节约费用约3.4亿元
    )
    {_FILLER}[:]?[ ]?$                          # 比上年同期增长:52.36% (a label in a notice)
    """,
    regex.VERBOSE,
)
_SPEED_UP = recache.compile(rf"提速{_FILLER}[ ]?$")
_OVER_LIMIT = recache.compile(
    rf"(?:超出|超过|超)[^,;。\d]{{0,10}}?(?:标准|限值|标准值|规定值|警戒水位|保证水位|汛限水位|警戒线){_FILLER}$"
)
# 超年度计划14.2个百分点, 低于预期0.3个百分点: points ahead of or behind a plan (超计划5% is a share of the plan)
_PLAN_GAP = recache.compile(
    rf"(?:(?P<inc>超|超出|超过|高于|快于)|低于|慢于|落后于?)(?:年度|全年|序时|原定)?(?:计划|目标|预期|进度|任务){_FILLER}$"
)
# A time before the level reached: 到2024年末的, 到年末的, 增至9月末的, 至本月末的.
_WHEN = (
    r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月份?)?|今年|本年|当年|去年|上年|本月|上月|本期|上期|本届|上届|年|月"
    r"|\d{1,2}月份?(?:\d{1,2}日)?|[一二三四五六七八九十]{1,3}月份?)?"
    r"(?:末|底|初|中|度|前三季度|上半年|下半年|同期|第?[一二三四]季度末?)?"  # 降至二季度的438件
)
# 由A减少至B / 增至 / 下降为: the number after is the level reached.
_TO_BEFORE = recache.compile(
    rf"(?:{_INC}|{_DEC}|变|调整|整合|合并|提|恢复|优化|扩容|扩展|扩充|拓展|延长|放宽|升|降|上调|下调|发展|跃升|跃居)"
    rf"(?:了)?(?:至|到|为|成)(?:了)?(?:平均|仅)?"
    rf"(?:{_WHEN}的?)?{_FILLER}"
    rf"(?:(?:全国|全省|全市)?第|(?:每[人户月年日天]){{1,3}}|人民币|港币|美元)?[ ]?$"
)
_RATE_NAME_INC = recache.compile(rf"(?<!自然)(?:{alternation(lx.INCREASE_RATE_NAMES)})")
_RATE_NAME_DEC = recache.compile(rf"(?:{alternation(lx.DECREASE_RATE_NAMES)})")
_BASELINE = regex.compile(
    r"""
    (?P<b>同比|环比|按年(?![末底初中内度平均计]))  # 按年增长 is year on year; 按年末常住人口计算 names a base
  | [比较](?:上年同期|去年同期|上年末|上年底|年初|上年|去年|上月|上季度|上一年|前一年|前年|常年|多年平均|历年同期)
  | [比较](?P<y>(?:\d{4}|[一二〇零三四五六七八九]{4})年(?:度|末|底|同期)?|\d{4}届|上一?届)
  | [比较](?P<m>\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|末|底)?|[一二三四]季度|上半年)
  | [比较](?:年初)?(?:调整)?(?:预算|决算|计划)数?(?![\u4e00-\u9fff]{0,2}[执完])  # 比预算数3.00万元减少0.84万元
    """,
    regex.VERBOSE,
)
# A later comparison with something other than a time before (比老一代农民工高): the figure's own base.
_OTHER_BASE = regex.compile(
    r"[,，;；][^,，;；。]{0,6}?(?<!占)[比较](?!重|例|率|值|上年|去年)(?P<g>\p{Han}{2,12}?)(?:高出|高|低|多|少|快|慢)了?\s*$"
)  # (not 比重提高: the share's word)
# 每万人口36.2件, 人均结案258件: a count per unit of something else (每个乡镇配备2名 stays a count).
_PER_CUE = recache.compile(r"[每均]|[十百千万]人")
_PER_PREFIX = recache.compile(  # 每万人拥有5G基站, 每10万人中
    r"(?:每(?:[百千万十]+|\d+万?)(?:名|个|位|户)?|平均每[名个位户人家村件所部场次台辆]|每[名位]|人均|户均|生均|校均|村均|家均|案均|件均|笔均|日均|月均|年均"
    r"|(?<![\d.])[十百千万]+人口?(?=[\u4e00-\u9fff]{0,6}率))"  # 万人成讼率降至95.6件: per ten thousand people
    r"[^,;。]{0,16}$"
)

# Trailing words stripped from a subject: link verbs, qualifiers, change verbs, baselines.
# 每公斤, 每万人, 每平方米: the unit a figure is given per, which names nothing counted (猪肉价格为每公斤31.42元)
PER_UNIT = (
    r"每[百千万十]*(?:[人户月年日天亩股个名斤克吨升度件台辆张份盒瓶袋只头套]+口?|公斤|千克|立方米|千瓦时|小时|分钟|周"
    r"|平方公里|平方米|公顷|公里|千米|标准箱)"
)
_PER_UNIT_LEAD = recache.compile(rf"^(?!每股){PER_UNIT}(?=.)")  # (每股基本盈利 is a name)
_PER_UNIT_ONLY = recache.compile(rf"的?{PER_UNIT}")
_TRAIL = recache.compile(
    rf"""
    (?!(?<=行)为$)                               # 违法行为: the 为 of 行为 is no link word
    (?!(?<=[节公合条契规协制特签履违预集])约)(?!(?<=规民)约)  # nor is the 约 of 村规民约, 合约 (but 居民约)
    (?!(?<=最)近)                                # nor the 近 of 最近
    (?!(?<=[国私公])有$)                          # nor the 有 of 国有, 非国有, 私有
    (?!(?<=[审统会设估预])计)                      # nor the 计 of 审计, 统计
    (?!(?<=[身标])高)                              # nor the 高 of 身高, 标高
    (?:
        {alternation(lx.LINK_WORDS)}
      | {alternation(lx.APPROX_BEFORE)}
      | 同比|环比|按年|比上年同期|比上年|较上年|比去年|较去年|上年同期|上年|去年|同期
      | [比较](?:年初)?(?:预算|决算)数?   # 比预算数3.00万元: set against the budget, not what is counted
      | (?:YoY|QoQ|MoM|yoy|qoq|mom)[ ]?[+＋-]?   # GMV…,YoY +9.8%: the comparison, not what is compared
      | 按照?|依照|依据   # 根据综合成绩按1:1的比例: a preposition whose object follows the figure
      | (?:超|超出|超过|高于|快于|低于|慢于|落后于?)(?:年度|全年|序时|原定)?(?:计划|目标|预期|进度|任务)  # 超年度计划
      | 比(?:增长|增加|下降|减少|增|降|减)   # 投资比增53%: 比 goes with the verb
      | [比较](?:\d{{4}}|[一二〇零三四五六七八九]{{4}})年(?:度|末|底|同期)?|[比较](?:\d{{4}}届|上一?届)
      | (?<!起)(?<!最)(?:{_INC}|{_DEC})(?:了?(?:至|到|为))?   # 激增至: the verb with its 至 (最低为: 最低 goes whole)
      | 了|的|也|都|(?<!返)还|再|又|仅|就|(?<!人)才|将|已经|已|从|由|至|到|分别|均|合|各|等|约合|即
      | 年均|平均为|平均达到?|平均|年平均|(?:月|年|日)?人均(?:达到?|为)?|日均|月均|户均
      | 连续|累计|完成|安排|实际|名义|为期|最多|最少|最高|最低|(?:按)?同口径(?:计算)?|尚|仍|按期|如期
      | 惠及|涉及|覆盖|受益|下达|到位|存在|拨付|兑付|虽然|虽|但是|但|却
      | 大幅|明显|持续|稳步|显著|进一步|较大|较快|快速|平稳|稳定|整体|总体|基本|一举|首次|有序|继续|依然|仍然
      | 一般|原则上
      | 在|于|和|与|及|以及|{alternation(lx.CURRENCY_PREFIXES)}|每股普通股|每股|负增长|负|介于|预计|预期|力争
      | 之间|折合|折|保持在?|稳定在|控制在|维持在   # not 维持 alone: 审结612件,其中维持… names the decisions upheld
      | (?:提高|增加|调整|降低|下降|上升|减少|整合|压缩|精简|提升|合并|扩大|缩小|压减)?(?:到|至|为)
      | {PER_UNIT}
    )$
    """,
    re.VERBOSE,
)
# 拥有人 (owner), 再审, 再生资源 are words; 按年末常住人口 opens with 按, 按期 and 按年 (year on year) do not
_LEAD = recache.compile(
    r"^(?:各地(?![区方域])|"  # 已下达各地补助: the places, not 地补助
    rf"{alternation((*lx.SCOPE_WORDS, *lx.SUBJECT_OPENERS))}|按(?!期|时|日|月|季|件|年(?![末底平度])))"
    r"(?<!^拥有(?=人))(?<!^再(?=审|生|就业|融资|贷款|担保))"
    r"(?<!^覆盖(?=面|率|范围))(?<!^所有(?=者|权|制))"  # 覆盖面, 所有者权益
    r"(?<!^全国(?=性))(?<!^全省(?=性))(?<!^全市(?=性))(?<!^并(?=案|购|表))"  # 全国性, 并案
    r"(?<!^加上(?=级|解|年))(?<!^加(?!上级|上解|上年|调入|调出|补助))"  # 加上级补助收入: 加 and 上级补助收入
    r"(?<!^有效(?=发明|专利|商标|注册|投资|需求|供给|合同|期|身份|证件|样本|问卷))"  # 有效发明专利: a stock, not a flow
    r"(?<!^各(?=类|级|项|种))"  # 各类案件, 各级各类学校: the annotators keep these
)
# Only verbs of two or more characters split a phrase: 共, 有, 和 also stand inside nouns (一般公共预算).
_OBJECT_VERBS = alternation(w for w in lx.OBJECT_VERBS if len(w) >= 2)
_MONEY_NOUN = r"金(?!牌|奖|杯|融|额)"  # 慰问金, 救助金 (but 获得金牌, 发放金额: the verb and its object)
# not 提起诉讼, 覆盖面, 慰问金, 救助款, 慰问品, 送审结算额 (送审 and 结算, no 审结)
_VERB_SPLIT = recache.compile(rf"(?<!提|送|报)(?:{_OBJECT_VERBS})(?![区率量额数费值件日面款品]|{_MONEY_NOUN})")
# A verb that forms a noun with the next character is no verb: 建成区, 发生率, 受理量.
_LEAD_VERB = recache.compile(
    rf"^(?:{alternation(lx.LEADING_VERBS)})(?=..)(?![区率量额数费值件日业类型性者窗站室厅队款品]|{_MONEY_NOUN}|对象|人员)"
    r"(?<!^有(?=[期效关机偿线色害形毒序限]))"
    r"(?<!^建设(?=用地|项目|工程|规模|资金|投资|单位|用途|领域))(?<!^及(?=时))(?<!^拥有(?=人))(?<!^新增(?=就业$))(?<!^承办(?=单位))"
)
_RIGHT_STOP = recache.compile(
    r"的|[,;:。!?、\n()（）|“”\"]|(?<=.)(?:主动|自愿|依法|及时|积极|保持|稳定在|控制在|依次|年底前|月底前|年内)|存在|正在|出现|超过|没有|未能|高于|低于|高出|入选|实现|开展|参与|参加|获得?|组建|配备|涉及|进行|完成|纳入|达到|作用|全部|"
    r"(?<=.)(?:[户亩村生校]均|平均)(?![已被为是都可能在有将])|均|(?<!不)仅|已|(?<!棉)被(?!执行|告|申请|害|保险|监护|调查|赡养|扶养|征收|许可|处罚)|并|和|与|(?<!级)及(?!以上|以下)|(?<![高中初])等(?!级)|(?<!公)共|(?<!行)为|在|(?<!结)对(?![象口接标])"
    r"|(?<!集)中(?![心学医药介级专职])|(?<![规限以])上|内|里|第(?=[\d一二三四五六七八九十])"
    r"|工作(?!站|室|组|队|专班|人员|机构|部|者)|情况|方面|以来|(?<!规模)(?<!限额)(?<!级及)以上|(?<!级及)以下|左右|同比|比|较|增|减|降|占|分别|未|尚|仍|近(?=[一二三四五六七八九十两\d])"
)  # …but 中心, 行为, 公共, 高等 are words; 16种水果平均零售价格 counts the fruit, 被告人均被 the accused
_RIGHT_NOT_SUBJECT = recache.compile(
    rf"^(?:{_INC}|{_DEC}|至|到|为|是|的|之|和|与|及|、|等(?!级)|比|较|同|环|占|以|左|上|下|共|累|分|均|已|在|对|从|由|于|各|每|略|稍|尚|仍"
    r"|相比|相较|区间|范围|水平|幅度|高位|低位"  # 维持在240万—250万吨区间: where the level stays, not what is counted
    r"|受到|得到|遭到|遭受"  # 干警26人受到市级以上表彰: what happened to them, not what is counted
    r"|计(?=[\d一二两三四五六七八九十约近余,;。)）]|$)"  # 罚款24家次计43.5万元: 计 adds up, it names nothing
    r"|仅|只有|台阶|大关|关口"  # 18个司法所中有5个仅有1名…; 迈上500亿元台阶: the milestone, not what reached it
    r"|[平人户日月年生]均"  # 2300户户均增收2600元: an average over them follows, not what they are
    r"|被(?!执行人|告人|申请人|害人|保险人|监护人|调查人|赡养人|扶养人|征收人|许可人|处罚人))"  # 142名被执行人
)


# Verbs that, right after a measure word, show the number was not followed by its noun: 三次召集…
_RIGHT_VERB = recache.compile(
    r"(?:召集|召开|入选|实现|开展|参与|参加|获|组建|配备|涉及|进行|完成|纳入|达到|办结|办理|受理|提出|建成|发布|"
    r"出台|组织|走访|检查|督查|培训|举办|审议|通过|就|才|即|便|已|都|也|还|再|又|仍|将|要|可|能|会|"
    r"调整|整合|合并|缩短|压缩|精简|减少|增加|提高|下降|上升|降低|扩大|缩小|变为|改为|扩充|拓展|扩展|扩容|上调|下调|升至|降至|发展|跃升|计算|测算|折算|"
    r"重复(?=发放|享受|领取|支付|报销|申报)|违规|虚报|冒领|深入|参加|走进|转(?=为|入|交|办|出|至)|提前|按期|如期)"
)
# a verb whose object follows
_OBJECT_VERB_AT = recache.compile(r"(?:开展|组织|进行|召开|举办|实施)(?=[\u4e00-\u9fff])")
# 本期, 本报告期, 上年同期: when a figure after a label's colon was stated, not what it counts
PERIOD_ONLY = recache.compile(r"(?:本|上|当)(?:报告)?(?:期|年度?|月|季度)(?:末|内)?|报告期内?|上年同期|去年同期|同期")
_RECOVERED_TO = recache.compile(r"(?:经|按)?(?:可比口径|可比价格?)?恢复(?:至|到)?(?:同期)?的?[ (（]*$")
_AVERAGE_GAIN = recache.compile(r"(?:人均|户均|亩均|村均)(?:增收|减负|节支|增加收入|减少支出)")
_AGE_CLASS = recache.compile(r"\d{1,3}(?:[-—~至到]\d{1,3})?周?岁(?:及以上|及以下|以上|以下)")
_APPRAISAL = recache.compile(r"考核|评价|榜单|测评|评比|考评|评估|排行")
_POPULATION_SCOPE = recache.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:人口|人员|职工|员工|在校生|学生|毕业生|居民|患者|游客)中(?=[\u4e00-\u9fff]{2,8}$)"
)
_VIEW_LEAD = recache.compile(r"(?:分|按|从)[^,;。]{1,8}?(?:看|来看|分)")
_FROM_DAY = recache.compile(r"(?:自|从)[^,;。]{0,20}?之日起$")
_PER_BASE_ONLY = recache.compile(r"(?:平均)?每(?:个|所|家|户)?(?:乡镇|村|社区|街道|学校|校|所|县|区|户|家|单位)")
_COMPARED_LEAD = recache.compile(r"[比较][^,;。\d]{1,14}?(?:高出|低出|多出|高|低|多|少|快|慢)了?")
# 累计实现, 共计派发: a verb alone, of what was named before (每10股派发现金红利1.75元,共计派发…元)
_LIGHT_ONLY = recache.compile(
    r"(?:累计|共|已|全年|当年)?(?:实现|完成|达到|取得|录得|建成|新建)了?|(?:累计|共计?|合计|总计)(?:派发|发放|支付|拨付)了?"
)
_AVERAGE_ALONE = recache.compile(r"(?P<w>[人户村亩日月年场次床校]均)(?:达到?|为|约为?|超过|近|仅)?")
_QUOTED_LEAD = recache.compile(r"“[^”,;。]{1,10}”(?=[\u4e00-\u9fff])")
# the figure is an object (按照10%的税率, 以2.05亿元票房); its noun follows
_OPEN_LEFT = recache.compile(r"(?:以|按照|按|依照|依据|凭借|凭|推动|带动|吸引|实现)$")
_OWNER_TAIL = recache.compile(rf"(?:{alternation(lx.OWNER_TAILS)})$")
# no maker: a holiday or a period (春节假期全县), a scope (全市), a time or how (实际)
_NOT_OWNER = recache.compile(r"假期|期间|季度|[年月日]|全[市县省区国州]|^(?:实际|公司|本公司|企业)$")
_TIME_WORDS = ("当年", "年内", "当月", "当期", "同期", "全年", "年底", "年末", "今年", "目前", "现已", "均已")
_RIGHT_PUNCT = recache.compile(r"[,;:。!?、\n|“”\"—–~ \t…-]")  # a space parts a headline: 游客5836万人次 旅游收入…
_NOUN_START = recache.compile(alternation(lx.RIGHT_NOUN_STARTS))
_RIGHT_TAIL_STOP = recache.compile(
    rf"(?:(?<!送|报)(?:{_OBJECT_VERBS})|下沉|返乡|入驻|到岗|上岗|就业|创业|挂钩|驻点|值守|参与|提供|享受|领取|立案|约谈"
    r"|实行|追发|组成|担任|列入|挂牌|被评为|被(?!执行)|受到|重整|因|授予|获授|实施|购买|颁证|悬挂|安装|接受|落地|申领"
    r"|适用|判处|追究"  # 31名未成年罪犯适用缓刑: what was done to them
    r"|(?<![公召])开工|竣工|投产|参展|(?<![单岗部座席])位(?:列|居)|代扣|代缴|缴纳|落户)"  # not 公开工作, 单位列入
)


# 排名前五位的分别是城乡建设…: what stands after it names the items, what stands before names the list
LIST_OPENER = recache.compile(r"(?:分别是|分别为|依次为|依次是|依次|主要是|主要为)")
_NOUN_MAKERS = ("节约", "节省", "节能")  # 节约用电量 is a name
_APPROX_TAIL = recache.compile(r"(?:约|近|超过|逾|达|共|累计|合计)+$")
_CHANGE_OPENER = recache.compile(  # only verbs of two characters: 增 of 增加值 or 增长率 opens nothing
    r"(?:相应|同步|平均|年均|累计|共|再|进一步|大幅)?"
    rf"(?:{alternation(w for w in (*lx.INCREASE_VERBS, *lx.DECREASE_VERBS) if len(w) >= 2 and w not in _NOUN_MAKERS)}"
    r"|(?:节约|节省)(?![^,;。]*[量额率]$))"  # 节约医保基金 (but 节约用电量 and 节能改造项目 are names)
    r"(?![率幅速量额值])"
)
_OPENER = recache.compile(  # 平均减少申报材料46%: a clause opened by a change verb, perhaps after an adverb
    rf"(?:{alternation(lx.SCOPE_WORDS)})?(?:相应|同步|平均|年均|累计|共|再|分别|进一步|大幅)?(?P<inc>{_INC})?(?P<dec>{_DEC})?"
    r"(?![值额量率幅速面])"  # 增加值, 增长率: a noun, not a verb
)
_INC_ANY = recache.compile(rf"{_INC}|高于|超出")
_DEC_ANY = recache.compile(rf"{_DEC}|低于")
_SKIP_THRESHOLD = regex.compile(r"(?:[亿万千百]?元)?(?:以上|以下)的?")
_AGE_BOUND = recache.compile(r"\d{1,3}周?岁(?:以上|以下|及以上)的?")  # 6.5万名65周岁以上老年人
_SKIP_SHARE = regex.compile(r"(?:[亿万千百]?元)?(?:以上|以下)的?|(?:以上|以下)?的")
_PAREN_NOTE = recache.compile(r"[(（][^()（）,;。]{1,6}[)）]")
# not PM2.5
_NEXT_NUMBER = recache.compile(r"(?<![A-Za-z\d.])\d|[一二三四五六七八九十两百千万零]+[个名家项件次条人批户天]")
_CODE_LEAD = recache.compile(r"\d{1,2}[A-Z](?:级)?(?:及以上|以上)?|\d{1,2}G")


@dataclass(slots=True)
class Context:
    """What the words around a token say."""

    approx: str | None = None
    approx_start: int | None = None  # where a qualifier written before the number starts
    kind: str = "other"
    direction: str | None = None
    baseline: str | None = None
    to_marker: bool = False
    subject: str | None = None
    subject_from: str = ""  # left, right, inherited


def clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause that `pos` stands in, not before `floor`; a mark inside brackets, as in
    网络渠道（微信、APP、网站）受理, ends no clause."""
    lo = pos - 80 if pos - 80 > floor else floor
    last = _LAST_CLAUSE.search(text, lo, pos)
    # 、 between names (调解、和解方式结案) joins them; only after a figure (办结3件、在办2件) does it end a clause
    while last is not None and last.group() == "、":
        prev = _LAST_CLAUSE.search(text, lo, last.start())
        if prev is None:  # the only mark
            head = text[lo : last.start()]
            if head.strip(" )）") and not _UNIT_NOTE.fullmatch(head) and not _FIGURE.search(text, lo, last.start()):
                last = None  # not right after the figure before (a list of figures), nor after a figure
            break
        if _FIGURE.search(text, prev.end(), last.start()):
            break
        last = prev
    if last is None:
        return lo
    start = last.end()
    if _CLOSE_FIRST.match(text, start, pos):
        opening = max(text.rfind("（", lo, start), text.rfind("(", lo, start))
        if opening >= 0:
            return clause_start(text, opening, floor)
    if _TITLE_CLOSED_FIRST.match(text, start, pos):
        # 《前任4:英年早婚》票房1318.4万元: a mark inside a title ends no clause
        opening = text.rfind("《", lo, start)
        if opening >= 0:
            return clause_start(text, opening, floor)
    return start


# A figure, not a year or date (收、支总计 after 2024年度 is still one name)
_FIGURE = recache.compile(r"\d(?![\d.]*[年月日])|[一二两三四五六七八九十百千万亿][个件项名家所人次条]")
# 2,360套（间）、建筑面积: the tail of the figure before
_UNIT_NOTE = recache.compile(r"[ ]?[(（][^()（）]{1,4}[)）][ ]?")
_CLOSE_FIRST = recache.compile(r"[^(（)）]*[)）]")  # a closing bracket before any opening one
_TITLE_CLOSED_FIRST = recache.compile(r"[^《》]*》")  # a title's closing mark before any opening one


def qualifiers(text: str, tok: Token) -> Context:
    """Qualifier words before and after the token (约, 超过 … 以上, 左右, 内)."""
    ctx = Context(approx=tok.approx)
    near, back, far = _approx_before(text[max(0, tok.start - 20) : tok.start])
    if near is not None:
        ctx.approx = near
        ctx.approx_start = tok.start - back
    if ctx.approx is None:
        ctx.approx = far
    if ctx.approx is None and tok.family != "rank":  # 历史第二多: 多 says of what, not about how many
        ctx.approx = approx_after(text, tok)
    elif near is not None and _STANDARD_AFTER.match(text, tok.end):
        ctx.approx = None  # 低于1.0名的国家标准: the standard it is compared with, stated exactly
    if tok.unit == "分" and tok.value is not None and (
        _CENTS_BEFORE.search(text, max(0, tok.start - 12), tok.start) or "每股" in tok.row_head
    ):
        tok.family = "money"  # 每股基本盈利为人民币36.52分, 每股收益（人民币分）|41.28: cents, as written (like 港仙)
    if tok.family in ("", "count", "unitless") and not tok.unit:
        c = CURRENCY_BEFORE.search(text[max(0, tok.start - 4) : tok.start])
        if c:
            tok.unit = lx.CURRENCY_PREFIXES[c.group().strip()]
            tok.family = "money"
            if tok.unit == "港元" and text.startswith("仙", tok.end):  # 每股港币18.0仙: Hong Kong cents
                tok.unit, tok.unit_text, tok.end = "港仙", "仙", tok.end + 1
    return ctx


@lru_cache(maxsize=8192)
def _approx_before(before: str) -> tuple[str | None, int, str | None]:
    """The qualifier right before a number (约, 超过), how far back it starts, and one further back (至少…)."""
    near, back = None, 0
    lo = len(before) - 9 if len(before) > 9 else 0  # the near qualifier stands in the last 9 characters
    m = _APPROX_BEFORE.search(before, lo)
    if m and m.group().startswith("过") and before[lo : m.start()].endswith(("通", "经", "度", "越", "穿", "不")):
        m = None  # 通过14个联系点, 经过3年: the verb, not 过 (more than)
    if m and not (m.group().startswith("超") and before[lo : m.start()].endswith("赶")):
        near, back = lx.APPROX_BEFORE[_CURRENCY_TAIL.sub("", m.group()).strip()], len(before) - m.start()
    far = _APPROX_FAR.search(before)
    return near, back, lx.APPROX_BEFORE[far.group("w")] if far else None


def kind_and_change(text: str, tok: Token, ctx: Context, left_floor: int) -> None:
    """Decide kind and direction from the unit and the verbs before the number."""
    start = ctx.approx_start if ctx.approx_start is not None else tok.start
    cstart = clause_start(text, start, left_floor)
    left = text[cstart:start]
    if not left.strip() and cstart > left_floor and text[cstart - 1] == ":":
        left = text[clause_start(text, cstart - 1, left_floor) : cstart]  # 比上年同期增长:52.36%: a label before it
    ctx.to_marker, ctx.direction = _verbs_before(left)
    short = _SHORT_COMPARE.fullmatch(left) if ctx.direction is None else None
    if short is not None and _COMPARED_BEFORE.search(text, max(left_floor_sentence(text, start), cstart - 30), cstart):
        # 比2022年的47件多14件: a one-character comparison right after the figure compared with
        ctx.direction = "increase" if short.group("inc") else "decrease"
    if _SIGNED_CHANGE.search(left) or (tok.value is not None and tok.value < 0 and _BASE_ONLY.search(left)):
        ctx.to_marker, ctx.direction = False, "increase"  # 比上年增减-3.2%: the sign tells the way
    family = tok.family
    if ctx.direction is None and tok.unit == "百分点" and (gap := _PLAN_GAP.search(left)):
        ctx.direction = "increase" if gap.group("inc") else "decrease"
    if ctx.direction is None and tok.unit in ("倍", "%", "米", "厘米") and _OVER_LIMIT.search(left):
        ctx.direction = "increase"  # 超过规定限值0.89倍, 超出标准约3倍: by how much a limit is exceeded
    if ctx.direction is None and tok.unit == "倍" and MULTIPLE_OF.search(text, clause_start(text, start, 0), start):
        # 是上年的2倍, 相当于全省平均水平的1.2倍: a multiple of a baseline is a change
        ctx.direction = "decrease" if tok.value is not None and tok.value < 1 else "increase"
    if ctx.direction is None and family in ("percent", "duration") and _SPEED_UP.search(left):
        # 较上年提速近三成: faster; 再提速1.5个工作日: faster is less time (but 提速20项工程 counts the works)
        ctx.direction = "decrease" if family == "duration" else "increase"
    if ctx.direction is None and family in ("percent", "times") and not ctx.to_marker:
        ctx.direction = _rate_direction(text[clause_start(text, start, 0) : start])
        if ctx.direction is None and tok.unit == "%":
            # 规上工业增加值增速：鼓楼区9.2%，仓山区7.6%: the items of a list of growth rates led by its name
            lead = _RATE_LEAD.search(text, left_floor_sentence(text, start), start)
            if lead is not None and not _LEAD_STOP.search(text, lead.end(), start):
                ctx.direction = "increase"  # a negative item fell (unsign_change)
    elif ctx.direction is None and family in _AMOUNT_FAMILIES and not ctx.to_marker and "由" not in left:
        # 减少散烧煤约510万吨, 降低企业用电成本23.4亿元: a clause opened by a change verb and its object
        ctx.direction = _object_change(text[clause_start(text, start, 0) : start], family == "count")
    tally = UPS_AND_DOWNS.search(text, max(0, start - 6), tok.end + 6) if ctx.direction and not tok.unit else None
    if tally is not None and tally.start() <= start < tally.end():
        ctx.to_marker, ctx.direction = False, None  # 五涨二降: the 涨 before 二 counts the kinds before, no change
    if ctx.direction is not None:
        ctx.kind = "change"
    elif family == "percent" and tok.unit in lx.POINT_UNITS:
        ctx.kind = "change"
        ctx.direction = _direction_anywhere(left)
    elif family == "times" or family in ("ratio", "unitless_ratio"):
        ctx.kind = "ratio"
    elif family in ("count", "money", "percent", "duration", "measure", "rank", "other"):
        ctx.kind = family
    elif family == "unitless":
        ctx.kind = "other"
    if (
        (ctx.kind == "count" or (ctx.kind == "measure" and _PER_BASE.search(text, max(0, start - 12), start)))
        and _PER_CUE.search(text, max(0, start - 24), start)  # 每 or 均 is in every per-unit prefix
        and _PER_PREFIX.search(text, max(left_floor_sentence(text, start), start - 24), start)
    ) or (
        ctx.kind == "count"
        and text.find("每", max(0, start - 200), start) >= 0  # cheap test first: the scope's 每 is before it
        and _PER_SCOPE.match(text, left_floor_sentence(text, start), start)
    ):
        ctx.kind = "other"  # (每10万人中拥有大学文化程度的由9873人…;拥有高中文化程度的…: the scope holds on)
    elif ctx.kind == "count" and "/" in tok.unit and tok.unit.rpartition("/")[2] not in lx.SLASH_ITEMS:
        ctx.kind = "other"  # 床位6.8张/千人, 1.00万乘次/公里·日: a count per head or per day is a rate (not 件/套)
    unsign_change(tok, ctx)
    if tok.unit in ("公里", "千米") and _SPEED_BEFORE.search(left):
        tok.unit = tok.unit + "/小时"  # 设计时速350公里: a speed
    if ctx.kind == "change" or tok.unit in lx.POINT_UNITS:
        b = None
        for b in _BASELINE.finditer(text, max(left_floor_sentence(text, start), start - 30), start):  # noqa: B007
            pass  # the last comparison before the number is the one it is measured against
        floor = max(left_floor_sentence(text, start), start - 30)
        if (o := _OTHER_BASE.search(text, b.end() if b else floor, start)) is not None:
            # 比上年增长4.4%,比老一代农民工高512元; 常住人口比户籍人口多25.22万人: set against the thing it names
            ctx.baseline = o.group("g")
        elif b:
            ctx.baseline = b.group("y") or b.group("m") or b.group("b") or b.group()[1:]
        if tok.unit == "倍" and (m := _MULTIPLE_BASE.search(text, b.end() if b else max(0, start - 30), start)):
            ctx.baseline = m.group("b")  # 比上年末净增9家;…是上年71项的2倍: a multiple of the year it names


_MULTIPLE_BASE = regex.compile(
    r"(?:是|为|相当于|达到)(?P<b>上年同期|去年同期|上年末|去年末|上年底|上年|去年|\d{4}年末?)"
)


def left_floor_sentence(text: str, pos: int) -> int:
    """Start of the sentence `pos` stands in (after the last 。!? or line break), looking back 200 at most."""
    lo = pos - 200 if pos > 200 else 0
    last = _LAST_SENTENCE_END.search(text, lo, pos)
    return last.end() if last else lo


_PER_SCOPE = recache.compile(r"[^,;。\d]{0,8}?每(?:\d+|[十百千万]+)万?(?:名|个)?(?:常住人口|人口|人|户)中")
_RATE_LEAD = recache.compile(r"(?:增速|增幅|增长率|增长速度|同比增长|比上年增长|增长情况)(?:分别为|依次为|如下)?[:：]")
_LEAD_STOP = recache.compile(r"[。;]|占|比重|比例")
_CHANGE_ONLY = recache.compile(r"(?:增长|下降|提高|降低|上升)(?:了)?[^至到为]{0,3}$")


# (比常年值(1736.5毫米)少199.7毫米: past the bracket of the value compared with)
_SHORT_COMPARE = recache.compile(r"\s*[)）]?\s*(?:(?P<inc>多|高)|少|低)了?\s*")
_COMPARED_BEFORE = recache.compile(r"[比较][^,，;；。]{0,24}$")


@lru_cache(maxsize=8192)
def _verbs_before(left: str) -> tuple[bool, str | None]:
    """Whether the clause before a number ends in a 增至/降为 marker, and the direction of a change verb."""
    to_marker = bool(_TO_BEFORE.search(left)) and not _CHANGE_ONLY.search(left)
    change = None if to_marker else _CHANGE_BEFORE.search(left)
    if not change:
        return to_marker, None
    return to_marker, "increase" if change.group("inc2") or change.group("inc1") else "decrease"


@lru_cache(maxsize=8192)
def _rate_direction(whole_left: str) -> str | None:
    """A named change rate (材料减少率达88.9%) or a clause opened by a change verb (节约…时间86.4%)."""
    whole_left = whole_left.lstrip()
    if _RATE_NAME_DEC.search(whole_left):
        return "decrease"
    if _RATE_NAME_INC.search(whole_left):
        return "increase"
    opener = _OPENER.match(whole_left)
    if opener is None:
        return None
    verb = opener.group("inc") or opener.group("dec")
    if (
        verb
        # a one-character verb opens nothing: 全市高新技术企业, 全县多式联运, 低保 are names
        and len(verb) >= 2
        and not whole_left.startswith("面", opener.end())  # 增长面 is the share of industries that grew
    ):
        return "increase" if opener.group("inc") else "decrease"
    return None


_PER_HEAD_LEAD = recache.compile(r"^(?:[月年日]|每月|每年)?(?:人均|户均)|^平均")  # 平均减少申报材料6份
_AMOUNT_FAMILIES = frozenset({"money", "measure", "count"})
_UPGRADES = frozenset({"提升", "提高", "扩大", "拓展", "跃升", "上调"})
# 为群众减少垫付资金: who a saving is for stands before the verb
_BENEFICIARY = recache.compile(r"^(?:为|向|帮助|替)[\u4e00-\u9fff]{1,6}?(?=(?:减少|降低|节约|节省|减轻|增加)\w)")
_AMOUNT_NAME = recache.compile(r"(?:总|数)?金?额")
# 节能环保产业产值, 节能环保产业贷款: a name, not a saving
_MEASURE_NAME = recache.compile(r"[量额率值数]$|面积$|规模$|贷款$|产业$|项目$")
_OBJECT = recache.compile(r"[\u4e00-\u9fff“”]{1,10}")  # the object between the verb and the amount: no figure, no mark
# a level (至, 到, 为), a rate, or the name of a level (增加就业岗位300个 adds jobs): not what a change acts on
_NOT_OBJECT = recache.compile(r"[至到为的了率]|^(?:就业|岗位|收入|人口|投资|产量|产值)")


@lru_cache(maxsize=8192)
def _object_change(whole_left: str, count: bool) -> str | None:
    whole_left = _BENEFICIARY.sub("", _APPROX_TAIL.sub("", whole_left.lstrip()))  # 为群众减少垫付资金28.4亿元
    whole_left = _DATE_EXPR.sub("", whole_left)  # 压减2024年预算资金3260万元: the year is no part of the object
    whole_left = _PER_HEAD_LEAD.sub("", whole_left)  # 月人均增加养老金约89元: a rise per head
    opener = _OPENER.match(whole_left)
    if opener is None:
        return None
    verb = opener.group("inc") or opener.group("dec")
    if not verb or len(verb) < 2 or (count and verb in _UPGRADES):
        return None  # 提升规上工业企业15家 upgrades fifteen firms: a count
    rest = whole_left[opener.end() :]
    if not _OBJECT.fullmatch(rest) or _NOT_OBJECT.search(rest):
        return None
    if verb in _NOUN_MAKERS and (count or _MEASURE_NAME.search(rest)):
        # 节约用电量120万千瓦时 names a measure; 节约医保基金9.7亿元 is a saving; 节能管理制度不健全29个 counts
        # things of a kind named by the word (a saving is of an amount, never of things counted)
        return None
    if _AMOUNT_NAME.fullmatch(rest) or (verb + rest).startswith(lx.VERB_NAMED_KINDS):
        return None  # 审减金额4630万元 names the sum cut; 减轻处罚案件39件 counts cases of a lighter penalty
    return "increase" if opener.group("inc") else "decrease"


@lru_cache(maxsize=4096)
def _direction_anywhere(left: str) -> str | None:
    inc = [m.end() for m in _INC_ANY.finditer(left)]
    dec = [m.end() for m in _DEC_ANY.finditer(left)]
    if not inc and not dec:
        return None
    return "increase" if max(inc, default=-1) > max(dec, default=-1) else "decrease"


_DATE_EXPR = regex.compile(
    r"(?:截至|截止|到|至|于|在)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度|末|底|初|中|上半年|下半年)?"
    # 民國115年上半年, 113年全年
    r"|(?<!\d)1\d\d年(?=度|末|底|上半年|下半年|第|\d{1,2}月|全年|则|前\d)(?:度|末|底|上半年|下半年|全年|则)?"
    r"|(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[-—~至到])?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|末|底|初|上旬|中旬|下旬)?"
    r"(?:\d{1,2}日)?"
    r"|第?[一二三四]季度|上半年|下半年|前三季度|年内|年末|年底|(?:本|上)(?:月|期|季度?)(?:末|底))(?:止年度|止)?"
)
# What stands between 由/从 and the "before" figure: 由原来的, 从上年同期的, 由(2015年)的.
_DATE_LIST = regex.compile(rf"(?:{_DATE_EXPR.pattern})(?:[、和及与](?:{_DATE_EXPR.pattern}))+")
_FROM_TAIL = recache.compile(
    r"(?:原来|原有|原|过去|以前|此前|上年同期|去年同期|上年末|上年|去年|年初|改革前|之前|法定|承诺|规定|原定|平均"
    r"|[^\d,;。的]{1,4}的)?的?[ ]?"
    rf"(?:{PER_UNIT})?"  # 由年初的每公斤28.6元: the unit of the price before
)
# How a figure was computed, not what it counts: 按可比价格计算, 按现价计算, 扣除价格因素.
_CALC_NOTE = recache.compile(
    r"按(?:可比价格?|现价|不变价|当年价格?)计算|按(?:可比|同|新|原)口径(?:计算)?|扣除价格因素(?:后)?|剔除[^,;。]{0,12}后"
)
# A list marker or an unclosed bracket opening a left context: 5.涉企检查次数, （含上年结转.
_MARKER_LEAD = regex.compile(
    r"""^(?:
        \d{1,2}[.、．][ ]?(?=\p{Han})
      | [(（]\d{1,2}[)）] | [(（][一二三四五六七八九十]{1,3}[)）] | [一二三四五六七八九十]{1,3}、
      | [①-⑳] | [(（](?!.*[)）])
      | [一二三四五六七八九十]{1,2}是(?=\p{Han}{2})             # 一是, 二是: the points of a list
      | 其[一二三四五]、? | 首先是? | 其次是? | 再次是? | 另外 | 此外 | 同时(?!期|段)
      | [)）]的?                                             # ）的城市: the rest of a bracket before it
      | 【[^】]{1,12}】                                       # 【创造】: a label over a paragraph
    )\s*""",
    regex.VERBOSE,
)
_COMPARED_WITH = recache.compile(
    r"(?:高于|低于|快于|慢于|优于|超过|超出|领先|落后于?|超(?=警戒|保证|汛限))"
    # 高于GDP增速, 超过规定限值
    r"(?:全国|全省|全市|全区|同期|平均|各项|上年|去年|[^,;。\d]{0,18}?(?:增速|增幅|水平|平均值?|标准|限值|水位|警戒线)$)"
)
_SINCE_LEAD = recache.compile(
    r"^(?:(?:今年|本年|去年|近年|多年|“[^”]{1,8}”|\d{4}年|[一二三四五六七八九十]年)以来"
    r"|(?:近|多|[一二三四五六七八九十两]|\d{1,2})年来)(?=..)"
)
_SINCE = recache.compile(r"(?:“[^”]{1,8}”|[^,;。“”]{1,8}?)(?:以来|期间)$")
_PAREN_TAIL = recache.compile(r"[(（][^()（）]*[)）]$")
# 约占…的, 相当于…的, 恢复至…的, 不低于…的 (not 挤占挪用资金, 应占溢利, 占有率)
_SHARE_CUT = recache.compile(
    r"(?:约占|(?<![挤侵霸应應被])占(?![比用地有道压补领])|相当于|相等于|恢复(?:至|到)|(?:不低于|不少于|不超过|不高于)(?=[^,;。\d]{1,16}的$)"
    r"|(?<=..)(?<![下到送抵传通转])达(?=[^,;。\d]{1,12}的$))"  # 覆盖面达在校生的45% (not 下达)
)
_SIGNED_CHANGE = recache.compile(
    r"(?:增减|增减变动|变动|增减变化)(?:幅度|比例|率|额)?(?:分别)?(?:为|是)?[ ]?$"
    r"|(?:同比|环比|比上年|较上年|比去年|较去年|比上月|较上月)[ ]?[+＋]$"  # 同比+8.3%: the sign says the way
    r"|(?:YoY|QoQ|MoM|yoy|qoq|mom)[ ]?[:：]?[ ]?[+＋-]?$"  # YoY +9.8%, QoQ -2.1%: year or quarter on year
)
_BASE_ONLY = recache.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上月|较上月)[ ]?$")  # 同比-2.0%
_STANDARD_AFTER = recache.compile(r"的(?:国家|全国|全省|省|市|行业|规定)?(?:标准|平均水平|水平|警戒线|要求|目标)")
_CENTS_BEFORE = recache.compile(r"(?:人民币|港币|美元)[ ]?$|每股[^,;。\d]{0,8}$")
_SPEED_BEFORE = recache.compile(r"时速(?:为|达到?|提高到|提升至)?$")
# 每百平方公里148.6公里: a measure per so many units of something else is a per-N figure (人均 areas stay measures)
_PER_BASE = recache.compile(r"每[百千万十]+(?:平方公里|平方米|公顷|公里|千米|亩|人|户)[^,;。]{0,6}$")
_PER_LEAD = recache.compile(  # 每股收益, 每股基本盈利 are names
    r"^每(?!股(?:收益|盈利|基本|摊薄|净资产|股息|派|现金|经营))[百千万十]*(?:名|个|位|户)?"
    r"(?:常住人口|户籍人口|老年人|人口|人|户|亩|股|月|年|天|日|周)?(?=..)"
)
# 较…, or 比 + a time: where a comparison starts, the subject has ended.
_COMPARE_CUT = recache.compile(
    r"与(?=[^,;。]{0,12}相比)|(?<!比)较(?![大小高低好差快慢强弱重轻])|(?<![同环占对])比(?![由为是达从例重值率])(?=[^,;。]{0,8}(?:年|月|季度|期|日|天|时|前|轮|届)"
    r"|[^,;。]{1,16}(?:高出?|低|多出?|少|超出|增加|减少|快|慢|增长|下降)了?$)"
)
# 抢救成功率稳定保持在较高水平,达97.3%: what is held at a level stands before the verb
_LEVEL_CUT = recache.compile(r"(?<=\w)(?:稳定|继续|始终|一直)?(?:保持在|维持在|稳定在|处于)(?=[^,;。]{2})")
# Heads of a measure that a verb before them qualifies: 办理时限, 涉及金额, 结案率.
_METRIC_HEAD = recache.compile(
    r"(?:时限|期限|面积|时间|时长|用时|金额|资金|数量|总量|规模|周期|天数|人数|件数|次数|户数|人次|户次|件次|车次|架次|人天|比例|比重|效率|强度"
    r"|密度|浓度|额度|力度|速度|幅度|水平|指数|占比|.{0,2}率)"
)
# Words too general to name what was counted: 总量突破200万户 → the subject of the claim before.
GENERIC = frozenset({"总量", "总数", "规模", "数量", "总额", "总计", "合计", "共计", "累计", "其中", "数", "量", "额"})
# Modal or time verbs that stand where a subject would: 需要10个工作日, 用时3天.
# 最长超过9个月, 最短仅需1天: the extreme of what was just named, not a name
_EXTREME = recache.compile(
    r"(?:其中)?(?:最长|最短|最多|最少|最高|最低|最大|最小|最快|最慢)(?:仅需要?|只需要?|需要?|用时|仅用|的)?"
)
_MODAL = recache.compile(
    r"^(?:只需要?|仅需要?|需要?|用时|历时|耗时|仅用|只用|用了|花费|要|(?:计划|力争|再)?用|可(?:支付|支撑|保障|供))$"
)
_NAMED_RATE = recache.compile(r"[(（]([^()（）,;。]{1,12}(?:率|比重|占比))[)）](?:为|是|达到?|约为)?$")
_FOOTNOTE = recache.compile(r"\[\d{1,2}\]|(?<=[\u4e00-\u9fff])[①-⑳]")
_PENALTY_LEAD = recache.compile(
    r"^(?:[^,;。对]{0,10}对[^;。对]{1,24}?(?:依法)?(?:处以|给予|作出|予以|处(?=罚款|罚金|行政拘留|拘留|警告|没收)))"
    r"|^(?:并|分别|依法)?处以?(?=罚款|罚金|行政拘留|拘留|没收)"
)
_MANNER_LEAD = recache.compile(r"^以[^,;。]{1,12}?(?:等?(?:方式|形式|途径)|为[^,;。]{1,10}?的)(?=..)")
_RESULTS = frozenset({"成功", "完成", "到位", "办结", "结案", "销号", "完毕"})
_RANK_ALONE = frozenset({"综合", "总体", "整体", "总", "在", "其"})
_RANK_TAIL = recache.compile(
    r"(?:(?:位居|位列|名列|排名|排在|排|分列|分居|居于?|列|获得?|荣获)[^,;。!?\d第居列获排由从至到]{0,16})?"  # the last
    r"(?:全国|全省|全市|全区|全县|同类城市)?(?:团体|个人|综合|考核|总分)?(?:前列|第)?$"
    # 为历史第二多, 为有完整气象记录以来同期第二位: the place of a year among all years
    r"|为?(?:历史|历史同期|有(?:完整)?(?:气象)?记录以来(?:同期)?)第$"
)


# 为企业减负, 为群众节约: a sum of relief or saving for someone, named by the verb
_FOR_BENEFIT = recache.compile(
    r"为[^,;。为]{1,10}?(?P<what>减税降费|减负|减税|降费|降本|减支|节约|节省|节支|增收|创收|让利)$"
)


_NO_NAME = frozenset({"另", "各地"})
_LONE_PREPOSITION = recache.compile(r"(?:共|依法|先后|累计)?[对向为给与和将把从经按比较]")


@lru_cache(maxsize=8192)  # a pure function of a short phrase; report phrases recur
def clean_left(phrase: str) -> str:
    """The noun phrase of a left context: drop link words, qualifiers, verbs and scope words around it.

    >>> clean_left("全市各级各类调解组织共受理纠纷")
    '纠纷'
    >>> clean_left("全市双随机检查数量较2023年")
    '双随机检查数量'
    """
    s = _FOOTNOTE.sub("", phrase)  # 民生支出[4]合计, 税收收入①: a footnote's mark names nothing
    s = _MARKER_LEAD.sub("", _CALC_NOTE.sub("", s).strip(" \t\n·•●▪‧-—–~"))
    s = s.rstrip("（(“\"")  # 城乡建设（38.2万件）, 压缩至“5个工作日”: the figure stands in the brackets or quotes
    if _AGE_CLASS.fullmatch(s) or _AVERAGE_GAIN.fullmatch(s):
        return s  # 35岁及以下8.02万名, 户均增收3800元: the class or the gain per head is all that names it
    named = _NAMED_RATE.search(s)
    if named:
        return named.group(1)  # 城镇常住人口占常住人口比重（常住人口城镇化率）为65.98%: the bracket names the rate
    b = _BASELINE.search(s)  # before dates go: 比上年末 must not lose 年末 first
    if b:
        s = s[: b.start()]
    else:
        cmp = _COMPARE_CUT.search(s) or _LEVEL_CUT.search(s)
        if cmp:
            s = s[: cmp.start()]
    s = _DATE_EXPR.sub("", _DATE_LIST.sub("", s)).strip()  # 公司第一季度、第二季度…分别实现: the dates and their 、
    if (recovered := _RECOVERED_TO.search(s)) is not None:
        # 旅游收入恢复至2019年同期的, 经可比口径恢复至2019年同期(55.47亿元): what recovered, before 恢复
        s = s[: recovered.start()]
        if not s:
            return ""
    if s.endswith("第"):
        s = _RANK_TAIL.sub("", s)  # 县域经济综合实力排名全市第二: what is ranked, not the ranking
        if s.endswith("中") and _APPRAISAL.search(s):
            s = s.removeprefix("在")[:-1]  # 在全省开发区综合考核中位列第6: the appraisal ranks
        elif s in _RANK_ALONE or s.endswith("中"):
            return ""  # 综合排名全国第二, 在13个设区市中排名第4: the ranked thing was named before
    for cut in ("由", "从"):
        i = s.rfind(cut)
        if i >= 0 and _FROM_TAIL.fullmatch(s[i + 1 :]):
            s = s[:i]
    share = _SHARE_CUT.search(s)  # 土地出让收入约占…的, …相当于地区生产总值的: the part comes first
    if share and share.start() > 0:
        s = s[: share.start()]
    elif share and share.group().startswith("相当于") and not s[: share.start()]:
        return ""  # 相当于上年的: the base of a share of what was named before
    if _PER_UNIT_ONLY.fullmatch(s):
        return ""  # 价格为每公斤6.48元,…每公斤31.42元: the unit a price is given per names nothing
    s = _PER_LEAD.sub("", _PER_UNIT_LEAD.sub("", s))  # 每公斤高出5.16元: the unit given per, then a change
    s = _POPULATION_SCOPE.sub("", s)  # 年末常住人口中男性191.37万人: the kind, of the population it is counted in
    benefit = _FOR_BENEFIT.search(s)
    if benefit:
        return benefit.group("what")  # 为企业减负5.2亿元: the relief is what the money measures, not who got it
    s = _strip_repeatedly(_TRAIL, s)
    if len(s) > 2 and s[-1] in ")）":
        s = _strip_repeatedly(_TRAIL, _PAREN_TAIL.sub("", s))  # 工业企业（年主营业务收入2000万元及以上）
    s = _MANNER_LEAD.sub("", s)  # 以调解、和解等方式结案, 以区政府为被申请人的复议案件: how or which, then what
    s = _PENALTY_LEAD.sub("", s)  # 对李某处以行政拘留10日, 并处罚款5万元: the penalty, not whom it is given to
    s = _SINCE.sub("", s)  # “十四五”以来, 2020年以来: a time span, not a subject
    if _FROM_DAY.search(s):  # 回购期限为自董事会审议通过之日起12个月内: from when, not what
        s = _strip_repeatedly(_TRAIL, _FROM_DAY.sub("", s))
    s = _SINCE_LEAD.sub("", s)  # 今年以来审查各类合同
    compared = _COMPARED_WITH.search(s)
    if compared:  # 高于全省平均水平0.4个百分点: what is compared stands before the comparison
        if not compared.start():
            return ""
        s = s[: compared.start()]
    if (
        _MODAL.match(s)
        or s in GENERIC
        or _TRAIL.fullmatch(s)
        or _LEAD.fullmatch(s)
        or _EXTREME.fullmatch(s)
        or _LIGHT_ONLY.fullmatch(s)  # 1-10月累计实现2275亿元: what was achieved was named before
        or _COMPARED_LEAD.fullmatch(s)  # 得分92.4分,较重点评价得分高出6.9分: the difference of what was named
        or _PER_BASE_ONLY.fullmatch(s)  # 监管人员46名,平均每个乡镇不足3名: the base of an average of what was named
        or _VIEW_LEAD.fullmatch(s)  # 分季度看,一季度增长5.2%: how the figures are broken down, not what they are
        or _LONE_PREPOSITION.fullmatch(s)  # 对62人以…追究刑事责任: to whom, and what they are is said after
        or s in _NO_NAME  # 另有1件正在纠正中, 已下达各地2.86亿元: the rest or the places, named nowhere here
    ):
        return ""
    listed = LIST_OPENER.search(s)
    if listed and listed.end() < len(s):
        s = s[listed.end() :]  # 排名前五位的分别是城乡建设: the item named after 分别是
    s = _strip_lead(s)
    opened = _CHANGE_OPENER.match(s)
    if opened and len(s) - opened.end() >= 2:
        s = s[opened.end() :]  # 平均压缩办理时限58%: what the change verb opening the clause acts on
    if _MODAL.match(s):
        return ""  # 全市计划用3—5年时间: 用 is no subject
    # Split after the last verb that leaves a noun behind: 共受理纠纷 → 纠纷.
    for m in reversed(list(_VERB_SPLIT.finditer(s))):
        rest = s[m.end() :]
        if m.group() == "拥有" and rest.startswith("人"):
            continue  # 本公司拥有人应占溢利: 拥有人 is the owner, not a verb
        if rest.startswith(("或", "和", "及", "与", "、")):
            continue  # 已经解决或基本解决的: verbs joined in one phrase
        if rest in _RESULTS:
            continue  # 调处成功312起: the verb and its result name what was counted
        if _METRIC_HEAD.fullmatch(rest):
            break  # 办理时限, 涉及金额: the verb qualifies a measure, keep it
        if len(rest) >= 2 and not _VERB_SPLIT.fullmatch(rest):
            owner = _strip_lead(s[: m.start()].strip(), verbs=False)
            if rest in lx.OWNED_FLOWS:
                owner = _strip_repeatedly(_OWNER_TAIL, owner)
            if _owns(owner) and rest in lx.OWNED_MEASURES:
                s = owner + rest  # 民营经济实现增加值241.35亿元: whose value added, not just 增加值
            elif _owns(owner) and rest in lx.OWNED_FLOWS and not _NOT_OWNER.search(owner):
                s = owner + m.group() + rest  # 公路建设完成投资17.83亿元: whose investment, and the deed
            else:
                s = rest
            break
    s = _PER_LEAD.sub("", _strip_lead(s, verbs=False))  # after the split the verb is gone: keep 审查任务
    if s in _NO_NAME:
        return ""
    if s.count("”") > s.count("“"):
        s = s.split("”", 1)[1] if not s.endswith("”") else s
    s = s.strip(" :|、").rstrip("“\"（(")
    if len(s) == 1 and s in "多少高低增减升降":
        return ""  # 比上年多出一倍多（上年为39个）: a fragment of the comparison, no name
    if len(s) > 2 and s[0] in "后之":
        s = s[1:]  # 培训后就业率: what is left after a verb was cut is the measure (but 前五名客户 is a name)
    return s[1:] if s.startswith("的") and len(s) > 2 else s  # 1亿-10亿元的项目: the 的 belongs to the figure

def _owns(owner: str) -> bool:
    """Whether `owner`, before a verb of what it makes, names a maker: a short noun phrase, no scope, no verb."""
    return 2 <= len(owner) <= 8 and not _LEAD.fullmatch(owner) and not any(_VERB_SPLIT.finditer(owner))


def _strip_repeatedly(pattern: re.Pattern[str], s: str) -> str:
    """Remove `pattern` (anchored at an end) until nothing changes, never down to nothing."""
    prev = None
    while s and s != prev:
        prev = s
        stripped = pattern.sub("", s).strip()
        s = stripped if stripped else s
    return s


def _strip_lead(s: str, verbs: bool = True) -> str:
    """Drop scope words (全市, 其中) and, with `verbs`, leading verbs (办理, 投放) while a noun stays behind."""
    prev = None
    while s and s != prev:
        prev = s
        for pattern in (_LEAD, _LEAD_VERB) if verbs else (_LEAD,):
            m = pattern.match(s)
            if (
                m
                and m.end() < len(s)
                and not _METRIC_HEAD.fullmatch(s[m.end() :])
                and s[m.end()] != "或"
                and not (pattern is _LEAD_VERB and s[m.end() :] in _RESULTS)  # 调处成功: the verb and its result
            ):
                s = s[m.end() :].strip().lstrip("、和及与")  # 新建、提升退役军人服务站: a chain of verbs
    return s


@lru_cache(maxsize=4096)
def is_modal(phrase: str) -> bool:
    """需要, 用时, 历时: a verb of time where a subject would stand."""
    return bool(_MODAL.match(_TRAIL.sub("", phrase.strip()).strip() or phrase.strip()))


@lru_cache(maxsize=4096)
def generic_word(phrase: str) -> str:
    """The general word (总量, 总数, 规模) or the average (户均, 日均) a left context consists of, or ''."""
    s = _DATE_EXPR.sub("", phrase).strip()
    for w in ("总量", "总数", "规模", "数量", "总额"):  # nouns only: 其中, 合计 add nothing to a subject
        if s.startswith(w):
            return w
    alone = _AVERAGE_ALONE.fullmatch(s)  # 受理诉求286.7万件,日均7855件: the requests, a day on average
    return alone.group("w") if alone else ""


def approx_after(text: str, tok: Token) -> str | None:
    """The qualifier written after a figure: 95%以上, 3000套（间）以上, 15天内 (内 only after a duration)."""
    after = _APPROX_AFTER.match(text, tok.end)
    if after is None or (after.group("word") == "内" and tok.family != "duration"):
        return None
    if after.group("word") == "多" and (
        text.startswith(("出", "于", "於"), after.end()) or _FIGURE_NEXT.match(text, after.end())
    ):
        return None  # 较预算的544亿元多出472亿元, 比上年的47件多14件: 多 compares, it qualifies nothing
    if _INCLUSIVE.match(text, tok.end):  # 1000万元（含）以下: the bound itself is in
        return {"以下": "at_most", "以上": "at_least"}.get(after.group("word"), lx.APPROX_AFTER[after.group("word")])
    return lx.APPROX_AFTER[after.group("word")]


_INCLUSIVE = recache.compile(r"[ ]?[(（]含[)）]")
_FIGURE_NEXT = recache.compile(r"[了]?[\d一二两三四五六七八九十百千万]")


def unsign_change(tok: Token, ctx: Context) -> None:
    """A change keeps its size in the value and its sign in the direction: 增长-1.8% fell by 1.8 %."""
    if ctx.kind == "change" and tok.value is not None and tok.value < 0:
        tok.value = -tok.value
        ctx.direction = "increase" if ctx.direction == "decrease" else "decrease"  # -2.4 with no verb fell


def object_after(text: str, end: int) -> str:
    """The object of the verb right after a count: 两轮开展规范性文件清理 → 规范性文件清理 ('' if none)."""
    verb = _OBJECT_VERB_AT.match(text, end)
    return _right_phrase(text[verb.end() : verb.end() + 24], False, False) if verb else ""


def scope_word(phrase: str) -> bool:
    """全市, 本年度, 我局: where or when, not what."""
    return bool(_LEAD.fullmatch(phrase))


def ends_with_verb(phrase: str) -> bool:
    """进站履职, 逐件审查, 驻村帮扶: a phrase that ends in a verb names an action, not a thing (but 党组织,
    社会组织 are bodies)."""
    return bool(_VERB_END.search(phrase)) and not _BODY_END.search(phrase)


_BODY_END = recache.compile(r"(?:党|社会|经济|群团|群众|中介|基层|自治|合作|调解|服务|行业|国际|公益)组织$")
_VERB_END = recache.compile(rf"(?:{alternation(lx.LEADING_VERBS)}|履职|帮扶|值守|服务|工作|学习|锻炼|挂职|驻点)$")


def opens_object(left: str) -> bool:
    """按照10%的税率, 以2.05亿元票房, 推动30%以上的签约项目: a preposition or verb before the figure, whose
    noun comes after it."""
    return bool(_OPEN_LEFT.search(left))


def right_subject(text: str, tok: Token, end: int, verbs_ok: bool = False) -> str:
    """The noun phrase right after a measure word: 13个法律援助联络点 → 法律援助联络点."""
    share = ("分之" in tok.number and not tok.number.startswith(lx.RATE_WORDS)) or tok.unit_text.endswith("成")
    return _right_phrase(text[end : end + 24], share, verbs_ok)


@lru_cache(maxsize=8192)
def _right_phrase(rest: str, share: bool, verbs_ok: bool) -> str:
    """The noun phrase that `rest`, the text after a number and its unit, opens with, or ''."""
    code = _CODE_LEAD.match(rest) or _QUOTED_LEAD.match(rest)
    if code:  # 2家4A级景区, 3个5G基站, 300家“小巨人”企业: a grade, a code or a quoted name opens the noun
        tail = _right_phrase(rest[code.end() :], share, verbs_ok)
        return code.group() + tail if tail else ""
    q = (_SKIP_SHARE if share else _SKIP_THRESHOLD).match(rest)
    if q:
        rest = rest[q.end() :]
    noun = _NOUN_START.match(rest)
    if not rest or _RIGHT_PUNCT.match(rest):
        return ""
    if not noun and (_RIGHT_NOT_SUBJECT.match(rest) or (_RIGHT_VERB.match(rest) and not verbs_ok)):
        return ""
    age = _AGE_BOUND.match(rest)
    m = _RIGHT_STOP.search(rest, age.end() if age else noun.end() if noun else 1 if verbs_ok else 0)
    phrase = rest[: m.start()] if m else rest
    paren = _PAREN_NOTE.match(rest, len(phrase))
    if paren and phrase:
        phrase = rest[: paren.end()]  # 村(社区), 执业(助理)医师
        more = _RIGHT_STOP.search(rest, paren.end())
        phrase = rest[: more.start()] if more else rest
    v = _RIGHT_TAIL_STOP.search(phrase, 1)
    if v and not verbs_ok:
        phrase = phrase[: v.start()]
    if age and phrase.startswith(age.group()):
        phrase = age.group() + _NEXT_NUMBER.split(phrase[age.end() :])[0]
    else:
        phrase = _NEXT_NUMBER.split(phrase)[0]
    phrase = phrase.strip()
    return "" if phrase.startswith(_TIME_WORDS) else phrase  # 28个当年实现达产: a time, not what is counted
