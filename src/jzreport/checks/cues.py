"""Cue patterns built from the lexicon, and the readings of figures and names the finders share."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import regex

from ..patterns import alternation
from . import arith
from . import lexicon as lx
from .model import Fig, Sentence, common_run, compatible, echo, same_measure

# --- patterns built from the lexicon ----------------------------------------------------------------

_BY_DIMENSION = "|".join(rf"{a}\p{{Han}}{{1,10}}?{b}" for a, b in lx.BY_DIMENSION)  # 按经营地分, 分产业看
# 按诉求性质分,咨询类A,求助类B…; 从受理渠道看,…。电话渠道受理A,…: a bare dimension opens the list, in its sentence or
# in the sentence without figures right before it
_OPENS_DIMENSION = regex.compile(rf"^\s*(?:{_BY_DIMENSION})[,，:：]")
_BARE_DIMENSION = regex.compile(
    rf"(?:^|[。;；])\s*(?:{_BY_DIMENSION})[,，:：][^。;；]*[。;；]?\s*$"
    # (一)按诉求性质。: a heading on the line that names the dimension alone
    r"|^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]\s*按\p{Han}{2,8}(?:分|划分|统计)?[。:：]?\s*$"
    # 二、分行业领域情况: a chapter's heading that names the dimension its kinds are listed by
    r"|^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])\s*分\p{Han}{2,8}?(?:情况|看)[。:：]?\s*$"
    r"|^\s*[一二三四五六七八九十]{1,3}、\s*按\p{Han}{2,8}?(?:分|划分|统计)[。:：]?\s*$"  # 二、按合同类型分
)
PARTS_CUE = regex.compile(  # (不包括…的流动人口: those left out, no parts)
    rf"""(?<!不)(?:{alternation(lx.PARTS_FOLLOW)})
      | (?:^|(?<=[。;；,，]))\s*(?:{_BY_DIMENSION})(?=[,，:：])""",
    regex.VERBOSE,
)
SURVEY_RATE = regex.compile(alternation(lx.SURVEY_RATES))
# 其他类, 大豆及其他, 领导信箱等其他渠道受理: the rest named first, or joined to the last kind (what it counts after it)
REST_ITEM = regex.compile(
    rf"^(?:{alternation(lx.REST_ITEMS)})|^[^,，;；。]{{1,16}}?(?:{alternation(lx.REST_JOINED)})\p{{Han}}{{0,6}}$"
)
PAREN_PART = regex.compile(rf"[(（]\s*(?:{alternation(lx.PAREN_PART)})")
SHARE_CUE = regex.compile(alternation(lx.SHARE_CUES))
# 占事项总数的 / 占GDP的比重为 / 占全部…比例: the named whole of a share.
SHARE_WHOLE = regex.compile(
    rf"""(?:占(?!比)(?:了)?
           (?P<whole>[^,，;；:：的]{{1,20}}?)
           (?:的)?(?:比重|比例|份额)?
         | 相当于(?P<whole>[^,，;；:：的]{{2,20}}?)的   # 相当于地区生产总值的8.5%: a share said as a likeness
        )(?:分别|{alternation(lx.RATE_VERBS)})*\s*$""",  # 占营业收入的比重分别为
    regex.VERBOSE,
)
MEASURE_END = regex.compile(rf"(?:{alternation(lx.MEASURE_ENDS)})$")
# 占全省行政诉讼案件的: a whole named with the scope of a whole place, maybe wider than the text's own figures
SCOPE_PREFIX = regex.compile(r"^全[国省市区县州盟旗镇乡](?!场)")
AGGREGATE = regex.compile(
    rf"^(?:{alternation(lx.AGGREGATE_NAMES)}|总(?!部|站|医院|工会|队|厂|公司|局|馆|台|监|经理|裁|书记|支队|署))"
)
# 出口总值 is all of 出口, but 生产总值 (GDP) and 产值 are names of their own
WHOLE_SUFFIX = regex.compile(rf"(?:{alternation(lx.WHOLE_SUFFIXES)}|(?<!生产)(?<!产)总值)$")
# (not the 市 of 市场, nor of 市级, a level)
PLACE_PREFIX = regex.compile(r"^(?:全|本)?\p{Han}{0,3}?[省市县区镇乡](?![场级])")
TOTAL_CUE = regex.compile(rf"(?<!公)(?:{alternation(lx.TOTAL_CUES)})")  # the 共 of 一般公共预算 is no total
# 合计1000件 (合计每股17.5港仙) after the items it adds up
_CURRENCY_END = r"(?:人民币|港币|美元|RMB)?\s*$"  # 研发投入合计人民币5,979百万元: the currency stands between
# …报送备案26件,合计备案审查44件 / 两项补贴合计惠及7.71万人次: the verb of what was added up may follow it;
# 其他各税合计16.26亿元 is the rest, one item
_SUM_WORD = alternation(lx.SUM_AFTER)
TOTAL_AFTER = regex.compile(
    rf"""^(?:(?!{alternation(lx.REST_ITEMS)})\p{{Han}}{{0,12}}?(?:{_SUM_WORD})(?:每股|每人|每户)?
          | (?:以上|上述)?[一二两三四五六七八九十\d]{{1,2}}[项类个种]\p{{Han}}{{0,4}}?(?:{_SUM_WORD})\p{{Han}}{{1,6}}?
          | (?:全[省市县区州镇乡]|全年|本年|当年)?(?:{_SUM_WORD})\p{{Han}}{{1,10}}?  # 全县合计开展各类促消费活动32场
        )(?:为|达|达到)?\s*{_CURRENCY_END}""",
    regex.VERBOSE,
)
# 金牌7枚、银牌9枚、铜牌11枚,奖牌总数28枚: a total named after a 、-list of kinds (not 门店总数达2563家, a stock)
NAMED_TOTAL_AFTER = regex.compile(
    rf"^\p{{Han}}{{1,6}}?(?:{alternation(lx.SUM_AFTER_NAMES)})(?:为|是|达到|达)?\s*{_CURRENCY_END}"  # 电话用户总数达到
)
# the 全 of 全省 is a place's, which PLACE_PREFIX takes off with the place
LEADING_TOTAL = regex.compile(rf"^(?:{alternation((*lx.TOTAL_CUES, '全部'))}|全(?![省市县区镇乡]))+")
KIND_WORDS = regex.compile(r"各级各类|各类|各项|各种")
_THIS_PERIOD = regex.compile(r"^(?:本年度?|当年|本期|今年|报告期内?|同期|同年)")
_ACT_COUNT = regex.compile(r"^[全本]?[院庭局所行](?=\p{Han}{2})|数$")  # 全院结案数: the act counted, 结案
BIG_TOTAL_CUE = regex.compile(alternation(lx.BIG_TOTAL_CUES))
# 收入、支出决算总计: a balanced account states one total for each side
INCOME_AND_SPENDING = regex.compile(r"收入、支出|收、支|收支(?:决算|预算)?(?:总计|合计)")
ADDED_TO = regex.compile(alternation(lx.ADDED_TO))
# 2.3亿元等,…: a list that ends in 等 is not all of its total (not 等于, 等同)
LIST_ETC = regex.compile(rf"^\s*(?:{alternation(lx.LIST_ETC)})(?![于同])")
# 相关情况如下: / 具体如下： a sentence that announces that what follows breaks down what it follows
AS_FOLLOWS = regex.compile(r"如下\s*[:：]?\s*$")
BASE_CUE = regex.compile(rf"(?<!公)(?:{alternation(lx.BASE_VERBS)})")  # the 共 of 一般公共预算 is no total
_NEGATION = rf"(?!{alternation(lx.NOT_NEGATIONS)})(?:{alternation(lx.NEGATIONS)})(?:依法)?"
NEGATED_BASE = regex.compile(rf"{_NEGATION}(?:{alternation(lx.BASE_VERBS)})")
# 不予受理 / 未通过: a label that denies a verb; `verb` is what it denies (不动产登记 denies nothing)
_DENIES = regex.compile(rf"{_NEGATION}(?P<verb>\p{{Han}}{{2}})")


def denies(name: str, stem: str) -> bool:
    """Whether `name` denies what a rate named `stem` counts: 不予受理 or 检出不合格 of 受理, 合格 (by its last
    two characters, right after a negation)."""
    return len(stem) >= 2 and any(m.group("verb") == stem[-2:] for m in _DENIES.finditer(name, overlapped=True))


NEGATED_LABEL = regex.compile(rf"^{_NEGATION}(?P<verb>\p{{Han}}{{2,6}}|结)$")  # 未结79件: those not closed
# "790件审批服务事项中,", "977件中直接纠错": the figure is the base of what follows it.
# 58个派出所中, 13个街道（乡镇）中: a note in brackets may stand in the name of what holds them
BASE_OF_FOLLOWING = regex.compile(
    r"^(?:\p{Han}|[（(]\p{Han}{1,6}[)）]){0,12}?中(?![心国央华部期间学小型层等级医药考标转文断止队旬午途])"
)
PLAN_CUE = regex.compile(alternation(lx.PLAN_CUES))
GOAL = regex.compile(alternation(lx.GOAL_WORDS))


def aimed(r: Fig) -> bool:
    """A goal word stands before `r` in its ；-group: a figure aimed at, not reached."""
    return GOAL.search(r.sent.between(r.sent.start, r.claim.start).split(";")[-1].split("；")[-1]) is not None
TARGET_CLAUSE = regex.compile(  # 完成年度目标任务 / 完成年度任务(110平方公里)的: the target in brackets too
    # (完成全年预计用电量485亿千瓦时的48.8%: an expected figure, named with its measure, is a target too)
    rf"^(?:已经?|累计|仅|只|才)?(?:{alternation(lx.TARGET_VERBS)})\p{{Han}}{{0,10}}?(?:{alternation(lx.PLAN_NOUNS)}|预计)+"
    r"(?:\p{Han}{0,4}?(?:量|数|额))?\s*[(（]?\s*$"
)
# nothing but 的 between a target and its share, past a bracket that closes it or notes its unit (套(间)的)
OF_END = regex.compile(r"\s*(?:[(（][^()（）]{1,6}[)）])?\s*[)）]?\s*的\s*")
# 预算调整为, 预算安排为, 计划下达为: a figure set as the plan, no whole of what was done
SET_AS_PLAN = regex.compile(r"(?:预算|计划|目标)(?:数)?(?:调整|安排|确定|下达)(?:为|到|至)\s*$")
PLAN_NOUN = regex.compile(rf"(?:{alternation(lx.PLAN_NOUNS)})的?\s*$")
STATUS_SPOILER = regex.compile(alternation(lx.STATUS_SPOILERS))
STATUS_TOTAL = regex.compile(alternation(lx.STATUS_TOTAL))
STATUS_DONE = regex.compile(alternation(lx.STATUS_DONE))
STATUS_OPEN = regex.compile(alternation(lx.STATUS_OPEN))
INTAKE = regex.compile(alternation(lx.INTAKE_WORDS))
OUTCOME = regex.compile(alternation(lx.OUTCOME_WORDS))
# 移送公安机关案件 / 依法办结: a label that opens with a verb of what was done, not with a kind
ACTION_LABEL = regex.compile(
    rf"^(?:依法|共|已)?(?:{alternation(lx.STAGE_VERBS + lx.INTAKE_WORDS + lx.OUTCOME_WORDS + lx.ACTION_OPENERS)})"
)
FILLER = regex.compile(
    rf"""(?:{alternation(lx.CHANGE_FILLERS + lx.INCREASE_VERBS + lx.DECREASE_VERBS)}
        |\d{{4}}年|[,，、\s的()（）])""",
    regex.VERBOSE,
)
STRUCTURE = regex.compile(alternation(lx.STRUCTURE_WORDS))
RATIO_JOIN = regex.compile(r"^\s*[:：]\s*$")
CROSS_CUTTING = regex.compile(alternation(lx.CROSS_CUTTING))
CASE_KIND = regex.compile(rf"(?:{alternation(lx.CASE_KINDS)})(?:诉讼|未结)?案件?$")
SERIES_WORD = regex.compile(
    alternation([w for series in lx.COMPLETE_SERIES + lx.OPENING_SERIES for w in series])
)
CONTAINS_WORDS = frozenset(w for pair in lx.CONTAINS for w in pair)
MEASURE_WORD_END = regex.compile(r"[件个项人名家所起次]$")  # 民商事未结案件 ~ 刑事未结案
JOINED_NAMES = regex.compile(r"\p{Han}\s*[和与及、]\s*\p{Han}")  # 受理和办结, 城镇与农村: two things named
LONG_HAN = regex.compile(r"\p{Han}{3,}")  # words before a list cue that name something
PER_UNIT = regex.compile(alternation(lx.PER_UNIT_WORDS))
NEW_PERIOD = regex.compile(
    rf"""^\s*(?:{alternation(lx.PERIOD_OPENERS)}
        | 第?[一二三四1-4]\s*季度
        | \d{{4}}\s*年 | \d{{1,2}}\s*(?:[-—至到]\s*\d{{1,2}}\s*)?月
        | [^,，;；。]{{0,12}}以来                # “十四五”以来累计筹集: a stretch since, not the year's
        | (?:全[市县区省镇乡])?累计)             # 全县累计建成""",
    regex.VERBOSE,
)
# 1-10月 / 10月份 / 前三季度: the stretch of time a sentence's figures are of, before its first figure (not a day
# of a month: 10月1日至7日)
PERIOD_SPAN = regex.compile(
    r"""\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日) | \d{1,2}\s*月份?(?!\s*\d{1,2}\s*日)
        | 前[一二三]季度 | 第?[一二三四1-4]\s*季度 | [上下]半年""",
    regex.VERBOSE,
)
# 新设市场主体 / 注销 / 力争突破: a flow into or out of a stock, or a goal for it
FLOW_OR_GOAL = regex.compile(alternation(lx.FLOW_OR_GOAL))
# 当日发送旅客 / 日均: a figure of one day
ONE_DAY = regex.compile(alternation(lx.ONE_DAY))
# 新创4A级景区 / 同时发放贷款: a clause that opens with a new action, after a list of kinds
NEW_ACTION = regex.compile(rf"^\s*(?:并|同时|另|还)?(?:{alternation(lx.ACTION_OPENERS)})")
# 实施高标准农田建设 after a ；: a clause that opens with a verb of its own
NEW_VERB = regex.compile(
    rf"^\s*(?:并|同时|另|还|全年|共)?(?:已|依法)?(?:{alternation(lx.CLAUSE_VERBS + lx.OUTCOME_WORDS)})"
)
# 审结案件中,维持183件、撤销21件: a sentence that opens by naming the whole its list is taken from
SCOPE_OPEN = regex.compile(r"^\s*(?:在|从)?(?P<name>\p{Han}{2,10}?)(?:之)?中\s*[,，:：]")
# 分别为 / 分别是 / 分别达到 right before a figure: the first item of a "respectively" list
RESPECTIVE_END = regex.compile(r"分别\s*(?:为|是|达到|达|有)?\s*$")
NET_NAME = regex.compile(alternation(lx.NET_NAMES))
GRADED_REST = regex.compile(alternation(lx.GRADED_REST))
GRADED = regex.compile(r"以上|以下")
AVERAGE_WORD = regex.compile(alternation(lx.AVERAGE_WORDS))
POPULATION = regex.compile(alternation(lx.POPULATION_WORDS))
STAGE = regex.compile(alternation(lx.STAGE_WORDS))
BOUND_CLASS = regex.compile(r"以上|以下|超过|不足|不到")  # 亿元以上项目, 超过10亿元的项目: a class by a bound
ENUM_NEXT = regex.compile(r"、[^,，;；:：。]{0,16}")  # the next item of a 、-list in the same clause
GROUP_MARK = regex.compile(r"[;；]")
CLAUSE_BREAK = regex.compile(r"[,，;；:：。]")
LIST_OPENS = regex.compile(r"[,，:：]\p{Han}{1,12}")  # 62件,拟废止6件: the first item after a total
LIST_GOES_ON = regex.compile(r"、\p{Han}{1,12}")  # …、修改2件: the next item of a 、-list
SHARE_NAME_END = regex.compile(r"(?:比重|比例|占比|增长面|下降面|覆盖面)$")  # 增长面: the share of the kinds that grew
EDGE_FILLER = regex.compile(r"^[\s,，;；的]+|[\s的]+$")
RATIO_NAME_TAIL = regex.compile(r"(?:比|倍差).*$")  # 城乡居民收入比为, 收入倍差为 → 居民收入
CLAUSE_MARK = regex.compile(r"[,，:：]")
_HAN_RUN = regex.compile(r"\p{Han}+")
# 排名前五位的分别是 / 居前三的 / 前10名: the items are the top of a ranking, a subset of the whole, never all of it
TOP_N = regex.compile(r"前\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:位|名|大|强|个|项|类)?")
_GRADE_RANK = {w: k for k, tier in enumerate(lx.GRADE_TIERS) for w in tier}
GRADE = regex.compile(alternation(list(_GRADE_RANK)))
FAILING_GRADE = _GRADE_RANK["不合格"]  # the tier of 不合格, 不及格, 不达标…
# 决定不起诉 / 依法受理: the decision before the outcome a label names
DECIDED_LEAD = regex.compile(r"^(?:决定|依法|经审查|作出|检出|查出|经检验|检验)+")


CELL_SEP = regex.compile(r"\t+|[ \u3000]{2,}")  # between the cells of a table row laid out as text
_CELL_BAR = regex.compile(r"\S\s*[|｜]\s*\S")

# --- small readings -----------------------------------------------------------------------------------


def table_line(s: Sentence) -> bool:
    """A sentence that opens with a row of a table laid out as text (on a line of its own, in cells)."""
    text = s.text.strip().split("\n", 1)[0]  # its first line: rows may run on in one sentence
    return bool(s.gap and s.gap.endswith("\n") and (CELL_SEP.search(text) or _CELL_BAR.search(text)))


_GOAL_REACHED = regex.compile(r"(?:达到|实现|达成|接近|提前达到)[^,，;；]{0,8}?目标")


def is_base(f: Fig) -> bool:
    """A figure stated as an intake or a total that rates are taken of: 受理…, 共…, N件中; not 不予受理…."""
    if f.base is None:
        clause = NEGATED_BASE.sub("", f.clause) if NEGATED_BASE.search(f.clause) else f.clause
        clause = _GOAL_REACHED.sub("", clause)  # 已达到2030年目标值的有58项: the things that reached a goal
        f.base = bool(BASE_CUE.search(clause) or BASE_OF_FOLLOWING.match(f.tail) or _base_through(f))
    return f.base


# 抽取31个执法单位的案卷420卷: a count that only says whose the things are leaves the verb to the figure after it
_OWNER_BETWEEN = regex.compile(r"^[^,，;；。、]{1,12}的[^,，;；。、]{0,8}$")


def _base_through(f: Fig) -> bool:
    if f.pos == 0:
        return False
    prev = f.sent.figs[f.pos - 1]
    between = f.sent.between(prev.claim.end, f.claim.start)
    # 问题共5大类162个: the count of the kinds, then of the things, under one verb
    kinds = not between.strip() and prev.claim.unit in ("类", "大类", "方面", "个方面")
    return bool(kinds or _OWNER_BETWEEN.match(between)) and is_base(prev)


def net(f: Fig) -> bool:
    """A figure named as a difference of two flows (贸易顺差363亿元): the kinds listed after it are not its
    parts."""
    return any(NET_NAME.search(n) for n in f.names if n)

_OVER_LAST_YEAR = regex.compile(r"(?:比|较|與|与)(?:上年|去年|上年末|去年末)|同比")


_CELL_MARKS = regex.compile(r"[|｜\t]")


def bare(text: str) -> bool:
    """A clause that names nothing new: only 同比/较上年 and change verbs (not 净增: a stock's net change, unless
    it is said against the year before: 比上年净增78家)."""
    if "净" in text and not _OVER_LAST_YEAR.search(text):
        return False
    rest = FILLER.sub("", _CELL_MARKS.sub("", text))  # 销售量 | 52,310 | 48,126 | 8.69%: a cell says nothing new
    return len(_HAN_RUN.sub(lambda m: m.group() if len(m.group()) > 1 else "", rest)) == 0


@functools.lru_cache(maxsize=4096)
def core(name: str) -> str:
    """A name without total words and place prefixes: '各级各类学校' → '学校', '事项总数' → '事项'."""
    s = WHOLE_SUFFIX.sub("", name)
    s = KIND_WORDS.sub("", s)
    s = LEADING_TOTAL.sub("", s)
    s = _THIS_PERIOD.sub("", s) if len(s) > 3 else s  # 占本年支出合计的: the year's own figure
    if len(s) > 4:
        s = PLACE_PREFIX.sub("", s)
    elif len(s) == 4 and _WHOLE_PLACE.match(s):
        s = s[2:]  # 占全市票房的: the place's whole of 票房
    return s


_WHOLE_PLACE = regex.compile(r"^全[省市县区州国]")


def scope_verb(name: str) -> str:
    """The two characters a scope's name puts before its head noun, its verb: 审结 of 仲裁审结案件; '' when short."""
    c = core(name)
    return c[-4:-2] if len(c) >= 4 else ""


@functools.lru_cache(maxsize=4096)
def synonyms(name: str) -> frozenset[str]:
    """The name and the names of the same measure (在校生 ~ 在园幼儿)."""
    out = {name}
    for group in lx.SAME_MEASURE:
        if any(g in name for g in group):
            out.update(group)
    return frozenset(out)


def names_match(name: str, f: Fig, *, whole: bool = False) -> bool:
    """Whether `f` counts what `name` says: the name's core is in f's names, or a synonym is.

    With `whole`, a shared run of two characters is not enough: the full core must be there.
    """
    c = core(name)
    if len(c) < 2:  # 占全省的: a one-character core names nothing
        return False
    for n in synonyms(c):
        for fn in f.names:
            if n and ((n in fn and not inside_word(n, fn)) or (not whole and len(fn) >= 2 and fn in n)):
                return True
            if whole and n in _kindless(fn) and not inside_word(n, fn):  # 审结案件总数 of 审结各类案件
                return True
    # 起诉总人数 of 提起公诉4569人: the act by another of its names (the name is the bare act, never 不起诉)
    said = next((group for group in lx.ACT_SYNONYMS if c in group), ())
    if any(a in fn for a in said for fn in f.names if fn):
        return True
    if whole:
        acts = lx.ACT_WHOLES.get(_ACT_COUNT.sub("", c))  # 结案数 of 审结21890件
        if acts is not None and any(n.startswith(acts) for n in f.names if n):
            return True
        return _deed_before(c, f) or _head_added(c, f) or _unit_added(c, f)
    return echo(c, f) >= 2


def _unit_added(c: str, f: Fig) -> bool:
    """占全年受灾人次的 of 造成1026.47万人次受灾: the whole's name is the figure's own and the measure word it is
    counted in (受灾 + 人次, 死亡 + 人数)."""
    unit = f.claim.unit
    for tail in (f"{unit}数", unit):
        if unit and c.endswith(tail) and len(stem := c[: -len(tail)]) >= 2:
            return any(n and (n == stem or n.endswith(stem)) for n in f.names)
    return False


def _head_added(c: str, f: Fig) -> bool:
    """占报告表项目的 of 报告表323个: the whole's name is the figure's own and a head noun its measure word counts."""
    for head, units in lx.COUNTED_HEADS.items():
        if c.endswith(head) and f.claim.unit in units:
            stem = c[: -len(head)]
            return len(stem) >= 2 and any(n == stem or (n.endswith(stem) and len(n) <= len(stem) + 2) for n in f.names)
    return False


def _deed_before(c: str, f: Fig) -> bool:
    """占接收档案总数的 of 全年接收17个单位的档案6120卷: the whole's name is the deed its clause opens with, then
    the figure's own name."""
    said = CLAUSE_MARK.split(f.sent.between(f.sent.start, f.claim.start))[-1]
    return any(
        len(n) >= 2 and c.endswith(n) and len(deed := c[: -len(n)]) >= 2 and deed in said
        for n in f.names
        if n
    )


def inside_word(n: str, name: str) -> bool:
    """Whether every place `n` stands in `name` is inside a longer word it is no part of: 出口 in 进出口总值."""
    for short, longs in lx.WORDS_WITHIN:
        if not n.startswith(short):
            continue
        at = [i for i in range(len(name)) if name.startswith(n, i)]
        if at and all(any(name.startswith(w, i - w.index(short)) for w in longs if i >= w.index(short)) for i in at):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _kindless(name: str) -> str:
    return KIND_WORDS.sub("", name) if "各" in name else name


def parallel(labels: Sequence[str]) -> bool:
    """Sibling labels built alike (第一产业增加值, 第二产业增加值; X类): parts of one partition.

    Two thirds of the labels must share an ending of two characters (or 类), or a beginning of two, or be
    short names with one last character.
    """
    labels = [x for x in labels if x]
    if len(labels) < 2:
        return True
    if any(CROSS_CUTTING.search(x) for x in labels):
        return False  # 领导干部, 新录用人员, 女性执法人员: dimensions that overlap
    if all(CASE_KIND.search(x) for x in labels):
        return True  # 刑事案件, 民商事案件, 行政案件: kinds of case by procedure (not 金融借款案件 among 民事)
    need = max(2, -(-2 * len(labels) // 3))
    ends: dict[str, int] = {}
    for label in labels:
        x = MEASURE_WORD_END.sub("", label)  # 民商事未结案件 ~ 刑事未结案
        short = "$" + x[-1] if 0 < len(x) <= 3 else ""  # 一审, 二审; 夏粮, 秋粮: short names of one kind
        for key in {x[-2:], x[-1:] if x.endswith("类") else "", "^" + x[:2], short}:
            if key and len(key.lstrip("^")) >= (1 if key == "类" else 2):
                ends[key] = ends.get(key, 0) + 1
    return any(n >= need for n in ends.values())


def _keys(label: str) -> set[str]:
    """What sibling labels share: an ending of two characters, a beginning of two, being an X类."""
    keys: set[str] = set()
    for x in {label, MEASURE_WORD_END.sub("", label)}:  # 刑事案件 ~ 行政案件 and 未结案件 ~ 未结案
        if len(x) >= 2:
            keys |= {"^" + x[:2], x[-2:]}
        if "类" in x:  # 举报类 goes on a list of 咨询类诉求
            keys.add("类")
        if 0 < len(x) <= 3:  # 出口, 进口; 夏粮, 秋粮: short names of one kind share their last character
            keys.add("$" + x[-1])
        if DISPOSITION.match(x):  # 决定维持, 驳回申请, 撤销, 确认违法: ways a case ends, whatever their build
            keys.add("#disposition")
        keys |= {f"&{i}" for i, kinds in enumerate(lx.PAIRED_KINDS) if x.endswith(kinds)}
    return keys


DISPOSITION = regex.compile(rf"^(?:决定|依法|经复议|复议|予以|判决|裁定)?(?:{alternation(lx.DISPOSITIONS)})")


def alike(a: str, b: str) -> bool:
    """Two labels built alike (行政复议案件, 行政诉讼案件: an ending, a beginning or 类 in common)."""
    return bool(a and b and _keys(a) & _keys(b))


def sibling(labels: Sequence[str], label: str) -> bool:
    """Whether `label` may go on the list of `labels` after a ；.

    Not after an item that names the rest (…、其他类6件；报送备案43件: the list was closed), nor when the
    items so far are built alike (X类, …增加值) and `label` is not. A single item gives no pattern to break:
    the benefit of doubt, unless `label` opens a figure of its own (`new_measure`); after items with no
    shared build, `label` must echo one of them. The missing member of a complete series (出口 after 进口)
    always goes on.
    """
    known = [x for x in labels if x]
    if not label or not known:
        return True
    if REST_ITEM.match(known[-1]):
        return False
    if REST_ITEM.match(label) or any(
        any(w in label for w in series) and any(w in x for x in known for w in series) for series in lx.COMPLETE_SERIES
    ):
        return True
    if len(known) < 2:
        return not new_measure(known, label)
    need = -(-len(known) // 2)
    counts: dict[str, int] = {}
    for x in known:
        for k in _keys(x):
            counts[k] = counts.get(k, 0) + 1
    shared = {k for k, n in counts.items() if n >= max(2, need)}
    if not shared:
        # items with no build in common (个人缴费, 财政补贴) say nothing of what comes after a ；: only a label
        # that echoes one of them goes on (基金支出 is no third kind of the revenue)
        return any(_keys(label) & _keys(x) or common_run(label, x) >= 2 for x in known)
    return bool(shared & _keys(label))


def new_measure(known: Sequence[str], label: str) -> bool:
    """Whether `label`, after the items `known` of a list, opens a figure of its own: a label that echoes
    no item and names a total (主营业务收入, 利润总额) or a measure where the items named kinds (人工造林,
    森林面积; 水稻, 耕地保有量)."""
    known = [x for x in known if x]
    if not label or not known or any(common_run(label, x) >= 2 or _keys(label) & _keys(x) for x in known):
        return False
    return bool(WHOLE_SUFFIX.search(label)) or (
        bool(MEASURE_END.search(label)) and not any(MEASURE_END.search(x) for x in known)
    )


def aggregate(f: Fig) -> bool:
    """A figure named as an aggregate of kinds (非化石能源发电装机容量, 合计): no item of a list of those kinds."""
    return any(AGGREGATE.match(n) for n in f.names if n)


def label_of(f: Fig) -> str:
    return f.label or (f.claim.subject or "")


def said_short(name: str, w: Fig) -> bool:
    """个体工商户应报21.37万户,已报16.84万户。已报个体工商户中: a scope `name` that is the figure's own short label
    (已报) and the noun its sentence stated before it."""
    label = label_of(w)
    rest = name[len(label) :]
    before = w.sent.between(w.sent.start, w.claim.start)
    return len(label) >= 2 and len(rest) >= 2 and name.startswith(label) and rest in before


def graded_rest(labels: Sequence[str]) -> bool:
    """The last of three or more items built alike is the rest of a graded scale (…、二级公路A、三级及以下公路B),
    and no other item is a cumulative grade (60岁及以上, 65岁及以上 nest). Two items may leave grades out between
    them (优良天数, 重度及以上污染天数)."""
    if len(labels) < 3 or not GRADED_REST.search(labels[-1]):
        return False
    # 研发人员614人；本科及以上学历员工1275人: no scale, two ways of counting the staff
    return not any(GRADED.search(x) for x in labels[:-1]) and parallel(labels)


def component(part: Fig, whole: Fig) -> bool:
    """Whether `part` is a component of the average `whole`: 工资性收入 of 人均可支配收入, 食品烟酒支出 of 人均
    消费支出. The part names the whole's measure (收入, 支出) and no group of people (城镇居民…: the average of a
    group is none of the average of all)."""
    names = [n for n in part.names if n]
    if any(AVERAGE_WORD.search(n) for n in whole.names if n):  # 人均工资性收入 of 人均可支配收入: both per head
        names = [AVERAGE_WORD.sub("", n, count=1) for n in names]
    if not names or any(AVERAGE_WORD.search(n) or POPULATION.search(n) for n in names):
        return False
    measure = next((m for m in lx.COMPONENT_MEASURES if any(n.endswith(m) for n in whole.names if n)), None)
    return measure is not None and any(n.endswith(measure) and n != measure for n in names)


_GENERIC = frozenset("总产量额数收入支出增加值合计全部其中类")


def strays(whole: Fig, parts: Sequence[Fig]) -> bool:
    """肉类总产量A,其中猪肉产量B;禽蛋产量C: a part after a ； that lacks what ties the first part to the whole (肉)
    is of something else, not the whole's list."""
    first = parts[0]
    tie = {ch for ch in label_of(first) if ch in label_of(whole) and ch not in _GENERIC and ch >= "\u4e00"}
    if not tie:
        return False
    return any(p.group != first.group and not tie.intersection(label_of(p)) for p in parts[1:])


# 从支出结构看, 按收入构成分: the measure whose make-up the dimension gives
_STRUCTURE_OF = regex.compile(r"(?P<measure>\p{Han}{2,6}?)(?:结构|构成)(?:看|分|来看)?$")


def structure_measure(cue: str) -> str:
    """The measure a dimension cue breaks down by its make-up (支出 of 从支出结构看), or ''."""
    m = _STRUCTURE_OF.search(cue.strip(" ,，:："))
    # 年龄结构, 产业结构 break down by age or industry, not a measure of that name
    return m.group("measure") if m and m.group("measure").endswith(lx.STRUCTURED_MEASURES) else ""


def opens_by_dimension(s: Sentence) -> bool:
    """Whether a sentence lists kinds by a dimension it names bare (按诉求性质分, 从办理结果看), in its own words or in
    the sentence without figures right before it."""
    if _OPENS_DIMENSION.match(s.text):
        return True
    lines = (s.gap or "").split("\n")
    # the words right before it, on its line or, when it opens a line, on the line above (a heading: (一)按诉求性质。)
    said = lines[-1] if lines[-1].strip() or len(lines) < 2 else lines[-2]
    return bool(said and _BARE_DIMENSION.search(said))


# 运用“四种形态”处理612人次, 三次产业, 五大类: a whole that says how many kinds it has
_KINDS_COUNTED = regex.compile(
    r"(?<![第\d一二三四五六七八九十])(?P<n>[两二三四五六七八九]|\d)(?:种|类|大类|个方面|个类别)"
)
_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def counted_kinds(w: Fig, parts: Sequence[Fig]) -> bool:
    """Whether the whole's clause says it has as many kinds as are listed (“四种形态” and four forms)."""
    m = _KINDS_COUNTED.search(w.clause)
    if m is None:
        return False
    n = _SMALL.get(m["n"]) or int(m["n"])
    return n == len(parts) >= 2


def abbreviated_kinds(w: Fig, parts: Sequence[Fig]) -> bool:
    """Whether the whole is named by a count of kinds and the word they share, quoted (“四乱”问题186处, of 乱占,
    乱采, 乱堆, 乱建; “三公”经费), and the parts are that many, each bearing the word."""
    m = _QUOTED_KINDS.search(w.clause)
    if m is None:
        return False
    n = _SMALL.get(m["n"])
    return n == len(parts) and all(m["word"] in label_of(p) for p in parts)


_QUOTED_KINDS = regex.compile(r"[“\"](?P<n>[两二三四五六七八九])(?P<word>\p{Han})[”\"]")


def rest_unsaid(last: Fig) -> bool:
    """Whether the sentence goes on after a list's last item to a clause of the rest with no figure in it
    (…检查化验收入7512.3万元;其余为医疗服务性收入。): the list names the rest but leaves it uncounted."""
    s = last.sent
    if any(f.is_level for f in s.figs[last.pos + 1 :]):
        return False
    return _REST_UNSAID.search(s.text, last.claim.end - s.start) is not None


_REST_UNSAID = regex.compile(r"[,，;；]\s*(?:其余|其他|其它|剩余|余下)(?:的|部分)?(?:为|是|主要为|均为|主要是)")


def has_rest_item(parts: Iterable[Fig]) -> bool:
    return any(REST_ITEM.match(p.label) or REST_ITEM.match(p.claim.subject or "") for p in parts)


def complete_series(parts: Sequence[Fig]) -> bool:
    """Whether the parts name every member of a series that is complete by itself (城镇, 乡村)."""
    named = "\n".join(n for p in parts for n in p.names)
    found = set(SERIES_WORD.findall(named, overlapped=True))
    if found and any(
        found.issuperset(series)
        and any(m in named for m in _MEASURES_OF.get(series, ("",)))
        # every part a member: 城市商业银行、农村商业银行、村镇银行 are kinds of bank, not town and country
        and all(any(w in n for w in series for n in p.names) for p in parts)
        for series in lx.COMPLETE_SERIES
    ):
        return True
    # 公立医院A、民营医院B: each item opens with its member, and every member is there
    opens = {w for p in parts for n in p.names if n for w in _OPENERS if n.startswith(w)}
    return any(opens.issuperset(series) and len(parts) == len(series) for series in lx.OPENING_SERIES)


_OPENERS = sorted({w for series in lx.OPENING_SERIES for w in series}, key=len, reverse=True)


def series_members(labels: Sequence[str]) -> bool:
    """Whether each label opens with a different member of one complete series (企业…, 个体工商户…): kinds that
    exclude each other, though they may not be all of the series."""
    for series in lx.COMPLETE_SERIES:
        firsts = [next((m for m in series if x.startswith(m)), None) for x in labels]
        if len(labels) >= 2 and None not in firsts and len(set(firsts)) == len(labels):
            return True
    return False


_MEASURES_OF = dict(lx.SERIES_MEASURES)


def grade(name: str) -> int | None:
    """The tier of the grade a name holds, from the top (优秀 0, 良好 1 …); None when it holds none or two."""
    found = {_GRADE_RANK[m] for m in GRADE.findall(name)}
    return found.pop() if len(found) == 1 else None


def higher_grades(f: Fig) -> tuple[Fig, ...]:
    """The items listed right before `f` in its clause group that are graded above it, best first, when the
    list runs from the top down: 优秀58卷、合格287卷 → (58卷,) for 合格. Empty when `f` names no grade."""
    rank = grade(label_of(f))
    out: list[Fig] = []
    for g in reversed(f.sent.figs[: f.pos]):
        if g.group != f.group or not g.is_part or not compatible(g, f):
            break
        above = grade(label_of(g))
        if above is None or rank is None or above >= rank:
            break
        out.insert(0, g)
        rank = above
    return tuple(out)


_JOINED = regex.compile(r"[,，、]|^(?:和|及|以及|与)")  # items of a run: 复议23件,诉讼17件 / 建议87件和提案124件
TOTAL_WORD = regex.compile(r"共|合计|总计|累计|总数")  # not 全年: 全年办理复议23件,诉讼17件 are two kinds


def outcome_of(f: Fig, item: Fig) -> bool:
    """`f` says what became of the intake `item` right before it: 受理5706件,调解成功4125件."""
    done, taken = label_of(f), label_of(item)
    return bool(INTAKE.search(taken) and OUTCOME.search(done) and not INTAKE.search(done))


_SEVERITY = regex.compile(rf"(?:{alternation(lx.SEVERITY_SCALE)})(?P<kind>\p{{Han}}{{2,}})$")


def _severities(a: str, b: str) -> bool:
    """一般隐患 and 重大隐患: two levels of one scale, of the same kind."""
    ma, mb = _SEVERITY.search(a), _SEVERITY.search(b)
    return ma is not None and mb is not None and ma.group("kind") == mb.group("kind") and ma.group() != mb.group()


def kinds_beside(w: Fig, *, forward: bool) -> tuple[Fig, ...]:
    """The figures of kinds stated right before (or after) `w` in its clause group, alike with it and joined by
    a clause mark (办理行政复议案件23件,行政诉讼案件17件): what a 其中 or a rate after them may be of together.

    Not a total (共受理312起,行政诉讼17起), a later stage (查处312起,移送公安17起) or an outcome (受理…,办结…).
    """
    run: list[Fig] = []
    last = w
    figs = w.sent.figs
    step = 1 if forward else -1
    while 0 <= last.pos + step < len(figs):
        g = figs[last.pos + step]
        first, second = (last, g) if forward else (g, last)
        if g.group != w.group or g.paren or not g.is_part or not same_measure(g, w) or g.is_baseline:
            break
        if not _JOINED.search(second.lead) or PARTS_CUE.search(second.lead):
            break
        if TOTAL_CUE.search(second.clause) or TOTAL_WORD.search(first.clause) or ACTION_LABEL.match(label_of(second)):
            break
        if outcome_of(second, first) or not alike(label_of(first), label_of(second)):
            break
        if CROSS_CUTTING.search(label_of(second)) and not _severities(label_of(first), label_of(second)):
            break
        run.append(g)
        last = g
    return tuple(run if forward else reversed(run))


def target_pair(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """城镇新增就业5.82万人,完成年度目标任务5.5万人的105.8%: (the figure achieved, the target) of a rate stated
    of a target figure right before it; the achieved figure is the one before the target in its clause group."""
    if r.pos < 2 or not OF_END.fullmatch(r.lead):
        return None
    target = s.figs[r.pos - 1]
    if not target.is_level or target.is_baseline or not TARGET_CLAUSE.search(target.clause):
        return None
    # 完成投资28.46亿元,同比增长9.3%,完成年度计划112亿元的25.4%: the nearest level before it, past its growth;
    # 老旧小区46个,涉及居民楼312栋、住户9870户,完成年度计划42个的109.5%: and past levels of other measures
    done = next(
        (
            f
            for f in reversed(s.figs[: target.pos])
            # 较上年的11.37万平方米增长8.7%: past the year before's value too
            if f.group != target.group or (f.is_level and not f.paren and not f.is_baseline and compatible(f, target))
        ),
        None,
    )
    if done is None or not done.is_level or done.is_baseline or done.paren or done.group != target.group:
        return None
    if _PART_OPEN.match(done.clause):
        # 新建高标准农田8.6万亩,其中高效节水灌溉面积1.2万亩,完成年度任务8万亩的107.5%: the whole was done, not the
        # part named under it, unless the target names the part's kind
        whole = next(
            (f for f in reversed(s.figs[: done.pos]) if f.is_level and not f.paren and not f.is_baseline),
            None,
        )
        if (
            whole is not None
            and whole.group == target.group
            and compatible(whole, target)
            and common_run(target.clause, done.label) <= common_run(target.clause, whole.label)
        ):
            return whole, target
    return done, target


_PART_OPEN = regex.compile(r"\s*其中")


def plan_pair(s: Sentence, f: Fig) -> tuple[Fig, Fig] | None:
    """超额完成了原订41.8万亩计划的32%: (the actual figure, the planned figure) of an over-fulfilment rate."""
    if not PLAN_NOUN.search(f.clause) or f.pos < 2:
        return None
    plan = s.figs[f.pos - 1]
    if not plan.is_level or not PLAN_CUE.search(plan.lead):
        return None
    for g in reversed(s.figs[: plan.pos]):
        if g.is_level and same_measure(g, plan):
            return g, plan
    return None


_PARTS_RATIO = regex.compile(r"之比(?:约)?(?:为|是)?\s*$")


_PAIR_IN_PERCENT = regex.compile(r"(?:配比|比例|之比|结构比?|(?<![\p{Han}])\p{Han}{2}比)(?:约)?(?:为|是)?\s*$")


def structure_runs(s: Sentence) -> list[list[Fig]]:
    """Runs of three or more ratio terms (9.6:41.2:49.2) after a structure word in the sentence."""
    out = []
    k = 0
    figs = s.figs
    while k < len(figs):
        f = figs[k]
        if f.claim.kind != "ratio":
            k += 1
            continue
        run = [f]
        while k + len(run) < len(figs) and figs[k + len(run)].claim.kind == "ratio" and RATIO_JOIN.match(run[-1].tail):
            run.append(figs[k + len(run)])
        said = s.text[: f.claim.start - s.start]
        # 三者之比约为67.3:14.9:17.8: a ratio of parts in percent, not one normed on a term of 1 (1:1.2:2.4)
        shares = _PARTS_RATIO.search(said) and not any(g.claim.value == 1 for g in run)
        # (律所数量之比为2:5:7 under a 结构 word: counts in proportion, whose terms make no hundred)
        percents = 80 <= sum(g.claim.value for g in run) <= 120
        if len(run) >= 3 and (STRUCTURE.search(said) or shares) and percents:
            out.append(run)
        elif len(run) == 2 and _PAIR_IN_PERCENT.search(said) and 95 <= sum(g.claim.value for g in run) <= 105:
            # 县、乡两级执法力量配比为59.5:40.5: two terms in percent of their sum, not one normed on 1
            out.append(run)
        k += len(run)
    return out


def has_bare_share(w: Fig) -> bool:
    """Whether a figure is followed by a share that names no whole (60岁及以上人口1914078人,占20.43%)."""
    nxt = w.sent.figs[w.pos + 1] if w.pos + 1 < len(w.sent.figs) else None
    return nxt is not None and nxt.is_rate and bool(SHARE_CUE.search(nxt.clause)) and not SHARE_WHOLE.search(nxt.clause)


def summed_to(parts: Sequence[Fig], whole: Fig, cands: Iterable[Fig], *, smaller: bool = True) -> Fig | None:
    """Kinds that miss the `whole` read for them: the first of `cands` they add up to instead, a level of the
    whole's measure smaller than it (其中新能源汽车142.37万辆 of 汽车保有量1286.4万辆), or of any size with `smaller`
    off. None when they fit the whole."""
    got = arith.total(arith.bounds(p.claim) for p in parts)
    if got.meets(arith.bounds(whole.claim)):
        return None
    return next(
        (
            f
            for f in cands
            if f.is_level
            and not f.is_baseline
            and f not in parts
            and same_measure(f, whole)
            and (f.claim.value < whole.claim.value or not smaller)
            and got.meets(arith.bounds(f.claim))
        ),
        None,
    )


def named_before_whole(whole: Fig, parts: Sequence[Fig]) -> bool:
    """全年春节、清明节、劳动节、国庆节…累计放行412.6万辆次。分节日看,春节…,清明节…: the kinds are the very ones the
    whole's sentence names before it, each once, all of them."""
    said = whole.sent.between(whole.sent.start, whole.claim.start)
    for m in _NAME_RUN.finditer(said):
        names = m.group().split("、")
        if said.startswith("等", m.end()) or "等" in names[-1]:
            continue  # 低保、特困供养、临时救助等各项: some of the kinds, named as examples
        # each kind named in the words since the kind before (清明节(3天)58.4万辆次: past the bracket too)
        spans = [p.sent.between(q.claim.end if q is not None else p.sent.start, p.claim.start) for q, p in
                 zip((None, *parts[:-1]), parts, strict=True)]
        hits = [[n for n in names if common_run(n, span) >= 2] for span in spans]
        if len(names) == len(parts) and all(len(h) == 1 for h in hits) and len({h[0] for h in hits}) == len(names):
            return True
    return False


_NAME_RUN = regex.compile(r"\p{Han}{2,8}(?:、\p{Han}{2,8})+")
