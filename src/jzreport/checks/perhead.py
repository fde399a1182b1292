"""Figures per so many people: 每千人口床位6.83张 (the beds stated before over the population in thousands),
发病率258.94/10万 (the cases over the population in hundred-thousands), 孕产妇死亡率16.01/10万 (the deaths over
the live births); and averages per head of a total stated beside them (发放救助金46.3万元,人均1.22万元)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import regex

from ..patterns import alternation
from . import lexicon as lx
from .cues import aimed, denies
from .model import RANGE_ROLES, STOCK_MEASURE_END, Doc, Fig, compatible, echo, is_bound
from .relations import Share
from .rules import fits

# 每千人口医疗卫生机构床位, 每万人口全科医生: the base of the figure and what it counts
_PER_PHRASE = regex.compile(
    r"每(?P<n>十万|百万|千|万|百)(?:名|个)?(?:常住|户籍)?(?:人口|居民|人)(?P<noun>[\p{Han}()（）]{2,16})?$"
)
# 每千名老年人拥有养老床位: a figure per so many people of a group the text counts
_PER_GROUP = regex.compile(
    r"每(?P<n>十万|千|万|百)名(?P<who>老年|儿童|学生|残疾|农村|城镇|城市)人?(?:口)?(?:拥有|有)?(?P<noun>[\p{Han}()（）]{2,16})$"
)
_FROM_END = regex.compile(r"(?:由|从)$")
_NEXT_ITEM = regex.compile(r"[、和及](?P<noun>\p{Han}{2,10})")
_SCALE = {"百": 100, "千": 1000, "万": 10000, "十万": 100000, "百万": 1000000}
# 每百万人口平均报告数为: the words around what is counted (报告) that name no thing
_NOUN_TRIM = regex.compile(r"^平均|(?:数量?|总数)?(?:为|是|达到|达)?$")
_PER_UNIT = regex.compile(r"^/(?P<n>10万|十万|万|千|100万)$")  # 16.01/10万
_UNIT_SCALE = {"10万": 100000, "十万": 100000, "万": 10000, "千": 1000, "100万": 1000000}
_POPULATION = regex.compile(r"人口|居民")
_RESIDENTS = regex.compile(r"(?:常住|户籍|总)人口$")
_BRACKETS = regex.compile(r"[()（）]")
# 城镇常住人口, 60岁及以上人口, 男性人口: some of the people, no base of a figure per head of them all
_SUB_POPULATION = regex.compile(r"城镇|乡村|农村|城区|男性|女性|岁|老年|儿童|少年|流动|外来")
_COUNTED_ON = regex.compile(r"按[^,，;；。]{0,16}计算")  # 按年末常住人口638.4万人计算
_COUNTED_AFTER = regex.compile(r"(?:以|按)[^,，;；。]{0,12}人口$")  # (以2024年末常住人口136.39万人计)
_COUNTED_END = regex.compile(r"^\s*(?:计算|计)")
_REACH = 4  # sentences looked back for the population and the count
_NEW_ONES = regex.compile(r"新增|新建")
_LISTED = regex.compile(r"^\s*其中")


def per_head_shares(doc: Doc) -> list[Share]:
    """Every figure per so many people whose count and population the text states before it."""
    out = []
    for s in doc.sentences:
        for r in s.figs:
            if r.is_change or r.is_baseline or r.claim.role == "before":
                continue
            got = _per_phrase(doc, r) or _per_unit(doc, r) or _per_mille(doc, r)
            if got is not None:
                out.append(got)
    return out


def _per_phrase(doc: Doc, r: Fig) -> Share | None:
    clause = r.clause
    before = r.sent.figs[r.pos - 1] if r.pos else None
    if r.claim.role == "after" and before is not None and before.claim.role == "before":
        clause = _FROM_END.sub("", before.clause)  # 每千常住人口床位由4.12张提高到6.03张: the later value of the same
    m = _PER_PHRASE.search(clause) or _PER_GROUP.search(clause)
    listed = None
    if m is None and before is not None and (item := _NEXT_ITEM.fullmatch(r.lead)) is not None:
        # 每千常住人口执业(助理)医师3.21人、注册护士3.87人: the next item of a list per so many people
        m = _PER_PHRASE.search(before.clause) or _PER_GROUP.search(before.clause)
        listed = item["noun"]
    if m is None or not r.claim.unit or r.claim.unit in ("%", "‰"):
        return None
    if aimed(r):
        return None  # 力争新增普惠托位2000个,每千人口托位数达到4.5个: a goal, of no count stated
    # 实有床位34260张,每千常住人口6.57张: what is counted was named just before
    # (not after another figure per so many: 每千人口拥有托位3.42个,距每千人口4.5个的目标 is a target)
    same = before is not None and before.is_level and before.claim.unit == r.claim.unit
    named = before.claim.subject if same and before is not None else None
    said = listed or m["noun"] or named or ""
    noun = _NOUN_TRIM.sub("", _BRACKETS.sub("", said))  # 医疗卫生机构床位, 执业助理医师
    if len(noun) < 2:
        return None
    word = noun[-2:]  # 床位, 医师, 护士
    who = m.groupdict().get("who")
    # 每千名老年人拥有养老床位: of the people of that group (60周岁及以上老年人口68.4万人), not of all residents
    population = (
        _earlier(doc, r, lambda f: f.claim.unit == "人" and any(who in n for n in f.names if n))
        if who
        else _population(doc, r)
    )
    far = who is not None and population is None
    if far:
        # 一、老年人口 60周岁及以上老年人口76.35万人…三、养老服务 每千名老年人拥有养老床位32.2张: the group's count
        # in the chapter that states it
        group = [
            f
            for t in doc.sentences[: r.sent.index]
            for f in t.mains
            if f.claim.unit == "人" and any(who in n for n in f.names if n)
        ]
        population = next((f for f in group if any("60" in n for n in f.names if n)), group[0] if group else None)
    unit = r.claim.unit
    head = noun[:-2]

    def counts(f: Fig) -> bool:
        # 1999年至2024年累计收到报告81.3万份: a running total is of no year's rate
        # (新增托位600个: the year's new ones, no stock)
        return (
            f.claim.unit == unit
            and f.claim.value > r.claim.value
            and _named(f, word)
            and "累计" not in f.clause
            and not _NEW_ONES.search(f.clause)
        )

    # 每千人口医疗卫生机构床位 of 医疗卫生机构实有床位3986张, not of the nearer 基层医疗卫生机构床位742张 it holds
    count = (
        _earlier(doc, r, lambda f: counts(f) and any(_BRACKETS.sub("", n).startswith(head) for n in f.names if n))
        if len(head) >= 2
        else None
    ) or _earlier(doc, r, counts)
    if count is not None and _LISTED.match(count.clause) and _narrower(count, noun):
        # 托位总数8510个,其中普惠性托位5840个,…每千人口托位数: a kind listed of the total, narrower than the noun
        count = _earlier(doc, count, lambda f: counts(f) and not _LISTED.match(f.clause)) or count
    elif count is not None and _narrower(count, noun) and len(bare := STOCK_MEASURE_END.sub("", noun)) >= 2:
        # 其中汽车54.16万辆。新能源汽车保有量11.07万辆…每千人汽车保有量189辆: of the count named as the noun
        # itself, not of a kind of it named nearer
        count = (
            _earlier(
                doc,
                count,
                lambda f: f.claim.unit == unit
                and f.claim.value > r.claim.value
                and any(_BRACKETS.sub("", n) in (bare, noun) for n in f.names if n),
            )
            or count
        )
    if count is not None and _cell(count) and count.sent is not r.sent:
        # 实有床位31580张…表1 … 其他医疗卫生机构 | 8 | 180: a row of the table is one kind; the count the prose
        # states is of all of them
        stated = _before_table(doc, count, lambda f: counts(f) and not _cell(f))
        count = stated if stated is not None and stated.claim.value > count.claim.value else count
    if population is None or count is None or count is population:
        return None
    per = _SCALE[m["n"]]
    tie = f"{count.claim.text} per {per} of {population.claim.text}"
    # firm when the count is named as what the figure counts (医疗卫生机构实有床位 ~ 医疗卫生机构床位), not when it
    # only shares the last word (医院床位 may be some of the beds)
    own = [_BRACKETS.sub("", n) for n in count.names if n and len(n) >= 2]
    firm = any(n in noun or noun in n or (n.endswith(word) and noun[:-2] in n) for n in own)
    alts: tuple[Fig, ...] = ()
    if who:
        # 60周岁及以上老年人A,…65周岁及以上老年人B: any population of the group the text counts may be the base
        alts = tuple(
            f
            for f in population.sent.figs
            if f is not population and f.claim.unit == "人" and f.is_level and any(who in n for n in f.names if n)
        )
        firm = firm and not alts and not far
    said_scope = next((w for w in _HEAD_SCOPES if any(w in n for n in population.names if n)), None)
    if said_scope is not None and said_scope not in r.sent.text:
        firm = False  # 户籍老年人口93.06万人…每千名老年人拥有床位: the bulletin's rates may be of the residents
    return Share(r, count, population, tie, firm, times=True, per=per, alts=alts)


# The two ways a population is counted, which a rate per head names when it is not of the usual one.
_HEAD_SCOPES = ("户籍", "常住")


def _narrower(f: Fig, noun: str) -> bool:
    """Whether every name of `f` is a kind of `noun`, with more words before it (普惠性托位 of 托位)."""
    own = [_BRACKETS.sub("", n) for n in f.names if n]
    return bool(own) and all(n != noun and n.endswith(noun) for n in own)


def _per_unit(doc: Doc, r: Fig) -> Share | None:
    m = _PER_UNIT.match(r.claim.unit)
    name = r.claim.subject or ""
    if m is None or not name.endswith("率"):
        return None
    per = _UNIT_SCALE[m["n"]]
    stem = name[:-1]
    births = any(stem.endswith(w) for w in lx.PER_BIRTH_RATES)
    count = _earlier(doc, r, lambda f: f.claim.kind == "count" and _counts(f, stem), same_sentence=True)
    if count is None:
        return None
    if births:
        base = _earlier(doc, r, lambda f: f.claim.kind == "count" and any("活产" in n for n in f.names if n))
    else:
        base = _population(doc, r)
    if base is None or base is count or (not compatible(count, base) and base.claim.unit != "人"):
        return None
    return Share(r, count, base, f"{stem} per {per}", True, times=True, per=per)


# 千人口献血率, 每千人口献血率: a rate in ‰ of what the people did, named for the thousand people
_PER_MILLE_RATE = regex.compile(r"(?:^|每)千(?:人口|人)(?P<act>\p{Han}{2,6})率$")
_ACT_UNITS = ("人次", "人")  # what the people did is counted in visits first (献血人次), else in heads
_GOAL = regex.compile(r"力争|目标|计划|预计|预期|争取")


def _per_mille(doc: Doc, r: Fig) -> Share | None:
    """按常住人口937.6万人计算,千人口献血率为13.3‰ (after 无偿献血12.47万人次): the count of the act over the
    population, per thousand; of the counts of the act a few sentences before it (a heading between or not), the
    largest (all the donations, not those of 400毫升)."""
    m = _PER_MILLE_RATE.search(r.claim.subject or "")
    if m is None or r.claim.unit != "‰" or r.claim.approx is not None or _GOAL.search(r.clause):
        return None  # 低于8‰, 力争达到15‰: a bound or a goal, of no count stated
    act = m["act"]
    population = _population(doc, r)
    if population is None:
        return None
    s = r.sent
    for unit in _ACT_UNITS:
        counts = [
            f
            for t in doc.sentences[max(0, s.index - _REACH) : s.index + 1]
            for f in t.figs
            if f.index < r.index
            and f.is_level
            and not f.is_baseline
            and f.claim.unit == unit
            and f is not population
            and (_named(f, act) or act in f.tail[:12])  # 48.64万人次参加无偿献血: named after it
        ]
        if counts:
            count = max(counts, key=lambda f: f.claim.value)
            tie = f"{count.claim.text} per 1000 of {population.claim.text}"
            return Share(r, count, population, tie, True, times=True, per=1000)
    return None


def _counts(f: Fig, stem: str) -> bool:
    """A count named as what the rate counts: 孕产妇死亡 of 孕产妇死亡率, 报告…例 of 报告发病率; not 婴儿死亡 of
    孕产妇死亡率, a death of other people."""
    who = next((k[:-2] for k in lx.PER_BIRTH_RATES if stem.endswith(k)), "")
    names = [n for n in f.names if n and len(n) >= 2 and (not who or who in n)]
    return any(n in stem or stem[-2:] in n for n in names) or ("发病" in stem and f.claim.unit == "例")


def _named(f: Fig, word: str) -> bool:
    return any(word in n for n in f.names if n)


def _population(doc: Doc, r: Fig) -> Fig | None:
    """The population a figure per head is of: the one the text says it is counted on (按…人口…计算), else the
    nearest population stated before it."""
    said = _earlier(doc, r, lambda f: f.claim.unit == "人" and bool(_COUNTED_ON.search(f.clause)))
    if said is not None:
        return said
    # 报告发病率为3,107.71/10万(以2024年末常住人口136.39万人计): the population named after the rates it is of
    after = next(
        (
            f
            for f in r.sent.figs[r.pos + 1 :]
            if f.claim.unit == "人"
            and f.is_level
            and (
                (_COUNTED_AFTER.search(f.clause) and _COUNTED_END.match(f.tail))
                or (f.paren and _residents(f))  # 发病率1,021.97/10万(全区常住人口58.73万人)
            )
        ),
        None,
    )
    if after is not None:
        return after
    near = _earlier(
        doc,
        r,
        lambda f: f.claim.unit == "人"
        and any(_POPULATION.search(n) for n in (*f.names, f.clause) if n)
        and not any(_SUB_POPULATION.search(n) for n in f.names if n),
    )
    if near is not None:
        return near
    # 2024年末,全县常住人口58.02万人 … (four sections on) 每千人口床位6.83张: a bulletin states its population once
    earlier = (f for t in reversed(doc.sentences[: r.sent.index]) for f in reversed(t.figs))
    return next((f for f in earlier if f.claim.unit == "人" and _residents(f)), None)


def _residents(f: Fig) -> bool:
    """A figure stated as the population of the place: 常住人口, 户籍人口, 总人口."""
    name = f.claim.subject or f.label
    return f.is_level and not f.is_baseline and bool(_RESIDENTS.search(name)) and not _SUB_POPULATION.search(name)


def _before_table(doc: Doc, cell: Fig, ok: Callable[[Fig], bool]) -> Fig | None:
    """The last figure that passes `ok` in the prose right before the table `cell` stands in."""
    k = cell.sent.index
    while k > 0 and any(_cell(f) for f in doc.sentences[k].figs) and doc.sentences[k].section == cell.sent.section:
        k -= 1
    t = doc.sentences[k]
    if t.section != cell.sent.section:
        return None
    return next((f for f in reversed(t.figs) if f.is_level and not f.is_baseline and not f.is_change and ok(f)), None)


def _cell(f: Fig) -> bool:
    """Whether `f` stands in a table's cell (the bars or tabs of its line before it)."""
    return "|" in f.lead or "\t" in f.lead


def _earlier(doc: Doc, r: Fig, ok: Callable[[Fig], bool], *, same_sentence: bool = False) -> Fig | None:
    s = r.sent
    sents = [s] if same_sentence else list(reversed(doc.sentences[max(0, s.index - _REACH) : s.index + 1]))
    for t in sents:
        if t.section != s.section:
            break
        for f in reversed(t.figs):
            if t is s and f.pos >= r.pos:
                continue
            if f.is_level and not f.is_baseline and not f.is_change and ok(f):
                return f
    return None


# 人均1.22万元, 28名员额法官人均结案290件, 案均标的额约44.6万元, 平均每个乡镇(街道)2717万元: the average word, the
# noun 平均每个 counts by, and what the average is of
_HEAD_AVERAGE = regex.compile(
    rf"""(?:(?P<word>{alternation(w for w, _ in lx.HEAD_AVERAGES)})
          | 平均每(?P<each>个|名|户|家|所|位|人|笔|件)(?P<noun>\p{{Han}}{{0,6}}?)(?:[(（][^()（）]{{0,8}}[)）])?)
        (?P<what>[\p{{Han}}]{{0,10}}?)(?:为|是|达到|达|约|近|超过)?$""",
    regex.VERBOSE,
)
_HEAD_UNITS = dict(lx.HEAD_AVERAGES)
_EACH_UNITS = {
    "个": ("个",),
    "名": ("名", "人"),
    "人": ("人", "名"),
    "位": ("位", "人", "名"),
    "户": ("户",),
    "家": ("家", "户"),
    "所": ("所",),
    "笔": ("笔",),
    "件": ("件",),
}
_AVERAGE_KINDS = frozenset({"money", "count", "measure", "other"})


def _averaged(r: Fig) -> bool:
    """A figure that can be an average of a total: a level, or a count per head read as kind other."""
    return r.is_level or (r.claim.kind == "other" and not r.is_rate and r.claim.role not in RANGE_ROLES)


def _same_kind(total: Fig, r: Fig) -> bool:
    """The total is of the average's kind; a count per head (人均结案15件, kind other) averages a count."""
    return total.claim.kind == r.claim.kind or (r.claim.kind == "other" and total.claim.kind == "count")


def head_averages(doc: Doc, parent: dict[Fig, Fig], listed: dict[Fig, Fig] | None = None) -> list[Share]:
    """An average per head over the total and the count of heads stated right before it, in its sentence or the
    one before in its paragraph: 发放救助金46.3万元,人均1.22万元 (of 38名当事人); 386笔1742.5万元,笔均4.51万元.

    A total listed as a kind of a larger one (`parent`: 4.36亿元,其中…退税1.07亿元,惠及1.27万户,户均…) stands for
    that larger one: the average is of all the list is of. A count of heads listed under 其中 (`listed`) before a
    ； stands for its whole when the total comes after the ；."""
    out = []
    for s in doc.sentences:
        for r in s.figs:
            if r.is_change or r.is_baseline or r.claim.kind not in _AVERAGE_KINDS or not _averaged(r):
                continue
            if r.paren:
                continue  # 人均689公斤,高于国家粮食安全标准线(人均400公斤): a standard in brackets, no average of these
            m = _HEAD_AVERAGE.search(r.clause)
            if m is None or any(w in m.group() for w in lx.NOT_HEAD_AVERAGES):
                continue
            got = _average(doc, r, m, parent, listed or {})
            if got is not None and (r.clause[: m.start()].endswith("月") or m["what"].startswith("月")):
                # 一季度…2315.40万元,惠及3.12万人,月人均247元: a month's average of a total over months the text may
                # not say; a year's or a quarter's that fits is taken, else none is sure
                months = [replace(got, convert=Decimal(1) / n) for n in (12, 3, 6, 1)]
                got = next((x for x in months if fits(x)), replace(months[0], firm=False))
            if got is not None:
                out.append(got)
    return out


def _named_total(doc: Doc, r: Fig, what: str, unit: str) -> Fig | None:
    """Of the levels before `r` in its paragraph, a few sentences back, in `unit` and named with `what` in full
    (科研经费总收入, 财政拨款科研经费 of 人均科研经费), the largest: the total, not one of its sources."""
    s = r.sent
    named = [
        f
        for t in doc.sentences[max(0, s.index - _REACH) : s.index + 1]
        if t.para == s.para and t.section == s.section
        for f in t.figs
        if f.index < r.index
        and f.is_level
        and not f.is_baseline
        and f.claim.unit == unit
        and f.claim.value > r.claim.value
        and any(what in n for n in f.names if n)
    ]
    return max(named, key=lambda f: f.claim.value, default=None)


def _average(doc: Doc, r: Fig, m: regex.Match[str], parent: dict[Fig, Fig], listed: dict[Fig, Fig]) -> Share | None:
    units = _HEAD_UNITS[m["word"]] if m["word"] else _EACH_UNITS[m["each"]]
    noun = m["noun"] or ""
    if r.claim.unit in units:
        return None
    s = r.sent
    before = [*reversed(s.figs[: r.pos])]
    prev = doc.sentences[s.index - 1] if s.index else None
    if prev is not None and prev.para == s.para and prev.section == s.section:
        before += reversed(prev.figs)
    level = [f for f in before if f.is_level and not f.is_baseline and not f.is_change and not f.paren]
    heads = next(
        (
            f
            for f in level
            if f.claim.kind == "count"
            and f.claim.unit in units
            and f.claim.value > 0
            and (len(noun) < 2 or any(noun[:2] in n for n in f.names if n))
        ),
        None,
    )
    what = m["what"]
    # 人均用水量39.33立方米/人: an average written with what it is per is in the total's unit
    unit, _, per = r.claim.unit.partition("/")
    if per and per not in units:
        return None
    totals = [
        f
        for f in level
        if f is not heads
        and f.claim.unit == unit
        and _same_kind(f, r)
        and f.claim.value > r.claim.value
        and not any(denies(n, what) for n in f.names if n)  # 人均结案 is no average of 未结案件
    ]
    # 结案3286件…;未结案件1273件。员额法官38名,人均结案…: the total the average names, over the nearest
    total = next((f for f in totals if len(what) >= 2 and echo(what, f) >= 2), totals[0] if totals else None)
    named_far = None
    if len(what) >= 4 and (total is None or echo(what, total) < len(what)):
        # 全年到校科研经费6.84亿元…。其中,…。纵向经费中,…2.16亿元…。按专任教师2,436人计算,人均到校科研经费28.1万元:
        # the total the average names in full, a few sentences back in its paragraph
        named_far = _named_total(doc, r, what, unit)
        total = named_far or total
    while total is not None and total in parent and parent[total].claim.unit == total.claim.unit:
        total = parent[total]
    if heads is None or total is None:
        return None
    # 救助7528人次,其中…312人次;支出资金1406.3万元,次均1868元: a 其中 part before a ； is not what the total
    # after it was spent on; the whole it is listed of is
    while heads in listed and listed[heads].claim.unit == heads.claim.unit and heads.group != total.group:
        heads = listed[heads]
    named = len(what) < 2 or echo(what, total) >= 2
    # 平均每件投诉挽回1161元 after 调解成功3290件: the heads the average names (投诉) may not be those beside it
    counted = not m["each"] or noun != "" or any(what[:2] in n for n in heads.names if n)
    mean = any(w in r.clause for w in lx.MEAN_POPULATION_AVERAGES)
    # 立案41起,…已结案37起,罚没款86.45万元,案均罚没2.1万元: other counts of the heads may be meant (all the cases or
    # those closed); each is a reading, and a miss of them all is no proof
    others = tuple(
        f for f in level if f is not heads and f.claim.kind == "count" and f.claim.unit in units and f.claim.value > 0
    )[:2]
    firm = named and counted and not mean and heads.sent is s and total.sent is s and not others and not named_far
    tie = f"{total.claim.text} over {heads.claim.text}, an average per head"
    return Share(r, total, heads, tie, firm, times=True, alts=others)


# 平均亩产421.8公斤, 粮食作物单产每亩378.6公斤, 单位面积产量每亩421公斤: a crop's yield per 亩
_YIELD = regex.compile(
    r"(?P<crop>\p{Han}{0,6}?)(?:平均)?(?:亩产|单产|单位面积产量)(?:每亩|亩均)?(?:为|达到|达|是)?\s*$"
)
_MASS_IN_KG = {"吨": Decimal(1000), "公斤": Decimal(1), "千克": Decimal(1), "斤": Decimal("0.5")}
_AREA_IN_MU = {"亩": Decimal(1), "公顷": Decimal(15)}
_YIELD_REACH = 2  # sentences before the yield's own looked at for the output and the area
_CHAPTER_REACH = 12  # sentences before it in the parts of its chapter, after those of its paragraph
# 其中小麦单产, 全县粮食平均单产: words before the crop that name no crop
_NOT_CROP = regex.compile(r"^(?:其中|全年|全[省市县区]|本[省市县区])*")


def area_yields(doc: Doc) -> list[Share]:
    """粮食播种面积312.6万亩;粮食总产量118.35万吨…。粮食作物单产每亩378.6公斤: a yield per 亩 is the output over the
    area sown, stated before it in its paragraph (the output and the area of the crop it names, when it names one)."""
    out = []
    for s in doc.sentences:
        for r in s.figs:
            mass_unit, _, per_unit = r.claim.unit.partition("/")  # 466.3公斤/亩: the area it is per, said
            if mass_unit not in ("公斤", "千克", "斤") or per_unit not in ("", "亩", "公顷"):
                continue
            if r.is_change or r.is_baseline or r.paren:
                continue
            m = _YIELD.search(r.clause)
            if m is None:
                continue
            crop = _NOT_CROP.sub("", m["crop"])[:2]
            before = [*reversed(s.figs[: r.pos])]
            for t in reversed(doc.sentences[max(0, s.index - _YIELD_REACH) : s.index]):
                if t.para == s.para and t.section == s.section:
                    before += reversed(t.figs)
            # (一)面积…。(二)总产…。(三)单产…: the output and the area stated in the chapter's parts before
            for t in reversed(doc.sentences[max(0, s.index - _CHAPTER_REACH) : s.index]):
                if t.section[:1] == s.section[:1] and len(s.section) > 1 and t.para != s.para:
                    before += reversed(t.figs)
            # (稳定在65万吨以上: a bound, no output)
            level = [f for f in before if f.is_level and not (f.is_baseline or f.is_change or f.paren or is_bound(f))]
            output = next(
                (
                    f
                    for f in level
                    if f.claim.unit in _MASS_IN_KG and (_crop_named(f, "产量", crop) or _crop_named(f, "总产", crop))
                ),
                None,
            )
            area = next((f for f in level if f.claim.unit in _AREA_IN_MU and _crop_named(f, "面积", crop)), None)
            if output is None or area is None or area.claim.value <= 0:
                continue
            mass = _MASS_IN_KG[output.claim.unit] / _MASS_IN_KG[mass_unit]
            per_mu = _AREA_IN_MU[area.claim.unit] / _AREA_IN_MU[per_unit or "亩"]
            convert = mass / per_mu
            firm = len(crop) >= 2 or (output.sent is s and area.sent is s)
            tie = f"{output.claim.text} over {area.claim.text}, a yield per {per_unit or '亩'}"
            note = f"×{mass.normalize():f}" + (f"÷{per_mu.normalize():f}" if per_mu != 1 else "")
            note += f" ({output.claim.unit} per {area.claim.unit} in {mass_unit} per {per_unit or '亩'})"
            out.append(Share(r, output, area, tie, firm, times=True, convert=convert, scale_note=note))
    return out


def _crop_named(f: Fig, word: str, crop: str) -> bool:
    """The figure is named with `word` (产量, 面积) and with the crop, when the yield names one."""
    return any(word in n and (len(crop) < 2 or crop in n) for n in f.names if n)
