"""Breakdowns: a whole and the parts the text lists of it (其中, 包括, 分别为, sections, 合计)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex

from ..patterns import alternation
from . import arith
from . import lexicon as lx
from .cues import (
    ADDED_TO,
    AS_FOLLOWS,
    BASE_OF_FOLLOWING,
    BIG_TOTAL_CUE,
    BOUND_CLASS,
    CELL_SEP,
    CLAUSE_BREAK,
    CLAUSE_MARK,
    CONTAINS_WORDS,
    CROSS_CUTTING,
    DECIDED_LEAD,
    DISPOSITION,
    ENUM_NEXT,
    FAILING_GRADE,
    FLOW_OR_GOAL,
    GRADE,
    GROUP_MARK,
    INCOME_AND_SPENDING,
    INTAKE,
    JOINED_NAMES,
    LIST_ETC,
    LIST_GOES_ON,
    LIST_OPENS,
    LONG_HAN,
    MEASURE_WORD_END,
    NAMED_TOTAL_AFTER,
    NEGATED_LABEL,
    NEW_ACTION,
    NEW_PERIOD,
    NEW_VERB,
    ONE_DAY,
    PAREN_PART,
    PARTS_CUE,
    PER_UNIT,
    RESPECTIVE_END,
    REST_ITEM,
    SCOPE_OPEN,
    SERIES_WORD,
    SET_AS_PLAN,
    SHARE_CUE,
    STAGE,
    STATUS_DONE,
    STATUS_OPEN,
    STATUS_SPOILER,
    STATUS_TOTAL,
    TARGET_CLAUSE,
    TOP_N,
    TOTAL_AFTER,
    TOTAL_CUE,
    TOTAL_WORD,
    abbreviated_kinds,
    aggregate,
    alike,
    complete_series,
    component,
    core,
    grade,
    graded_rest,
    has_bare_share,
    has_rest_item,
    higher_grades,
    is_base,
    kinds_beside,
    label_of,
    named_before_whole,
    names_match,
    net,
    new_measure,
    opens_by_dimension,
    outcome_of,
    parallel,
    rest_unsaid,
    said_short,
    scope_verb,
    series_members,
    sibling,
    structure_measure,
    summed_to,
    synonyms,
    table_line,
    target_pair,
)
from .model import (
    AVERAGE,
    RANGE_ROLES,
    Doc,
    Fig,
    Sentence,
    clean_label,
    common_run,
    countable,
    milestone,
    one_digit,
    same_measure,
    shared_end,
    spread_in,
)
from .relations import Breakdown

# --- breakdowns: 其中 / 包括 / 分别 lists, sections, status splits --------------------------------------


_PEOPLE = frozenset(lx.PERSON_UNITS)


def _span_between(s: Sentence, w: Fig, f: Fig) -> bool:
    """Whether a span of values in the measure of `f` (十五至二十名) stands between a whole and its part."""
    return w.sent is s and any(
        g.claim.role in RANGE_ROLES
        and (g.claim.unit == f.claim.unit or {g.claim.unit, f.claim.unit} <= _PEOPLE)
        for g in s.figs[w.pos + 1 : f.pos]
    )


def _running_totals(doc: Doc) -> list[Breakdown]:
    """全年新增职工创新工作室24家,总数达到153家; 新发放4.6万张,累计发放46.3万张: the year's new ones are some of
    the running total stated right after them in the sentence (never all of it: a subset)."""
    out = []
    for s in doc.sentences:
        for f in s.figs:
            if not f.is_level or f.is_baseline or f.paren or _NEW_ONES_CLAUSE.search(f.clause) is None:
                continue
            g = next((g for g in s.figs[f.pos + 1 : f.pos + 3] if g.is_level and not g.is_baseline), None)
            if g is not None and not g.paren and same_measure(f, g) and _RUNNING_TOTAL.match(g.clause) is not None:
                out.append(Breakdown(g, (f,), "累计", False, True))
                continue
            # 新增示范企业4家、优势企业11家,累计分别达到14家和53家: each new run against its total, in order
            news = [f]
            for h in s.figs[f.pos + 1 :]:
                if not (h.is_level and same_measure(h, f) and ENUM_NEXT.fullmatch(h.lead)):
                    break
                news.append(h)
            totals = s.figs[news[-1].pos + 1 : news[-1].pos + 1 + len(news)]
            if (
                len(news) >= 2
                and len(totals) == len(news)
                and _RUNNING_TOTAL.match(totals[0].clause)
                and "分别" in totals[0].clause
                and all(t.is_level and not t.paren and same_measure(t, f) for t in totals)
            ):
                out += [Breakdown(t, (n,), "累计", False, True) for n, t in zip(news, totals, strict=True)]
    return out


# the clause of the year's new ones (全年新建, 新增, 新发放, 新评定), and of the running total after it
_NEW_ONES_CLAUSE = regex.compile(r"新增|新建|新发放|新评定|新认定|新培育|新引进|新创建|新发展")
_RUNNING_TOTAL = regex.compile(
    r"^\s*(?:[,，;；])?\s*(?:目前|现|年末|年底|全\p{Han})?(?:累计|总数|总量)(?:已)?(?:分别)?(?:达到|达|发放|建成|认定|为)?"
)


def find_breakdowns(doc: Doc) -> list[Breakdown]:
    out: list[Breakdown] = []
    out += _cue_lists(doc)
    taken = {p for b in out for p in b.parts}
    out += _paren_parts(doc)
    out += _section_lists(doc, taken)
    out += _child_sections(doc, {p for b in out for p in b.parts})
    out += _structure_sections(doc, {p for b in out for p in b.parts})
    out += _status_splits(doc)
    out += _rest_splits(doc, {p for b in out for p in b.parts})
    out += _refusals(doc)
    out += _stage_pairs(doc)
    out += _contains(doc)
    out += _enumerations(doc, taken)
    out += _totals_after(doc)
    out += _counted_totals(doc)
    out += _scoped_lists(doc)
    out += _scoped_groups(doc)
    out += _item_scopes(doc)
    out += _series_after(doc, {p for b in out for p in b.parts})
    out += _within_lists(doc, {p for b in out for p in b.parts})
    out += _dispositions(doc, {p for b in out for p in b.parts})
    out += _table_totals(doc)
    out += _prose_totals(doc)
    out += _added_totals(doc)
    out += _balances(doc)
    out += _deductions(doc)
    out += _quarter_lists(doc)
    out += _graded_rows(doc)
    out += _joint_totals(doc)
    out += _carried_totals(doc)
    out += _price_factors(doc)
    out += _named_dimension_lists(doc, {p for b in out for p in b.parts})
    out += _streams(doc)
    out += _nets(doc)
    out += _rate_sums(doc)
    out += _limits(doc)
    out += _gaps(doc)
    out += _row_totals(doc)
    out += _subset_columns(doc)
    out += _indented_groups(doc)
    out += _disclosure_balances(doc)
    out += _modified_kinds(doc, {p for b in out for p in b.parts})
    out += _lines_below(doc, {p for b in out for p in b.parts})
    out += _running_totals(doc)
    out += _marked_rows(doc)
    out += _grouped_rows(doc)
    out += _stock_flows(doc)
    # 增值税A,企业所得税B…,税收收入合计T: items the text adds up itself belong to that total, not to a whole
    # read from the sentence before (从结构看 after the revenue figure)
    totalled = {frozenset(b.parts) for b in out if b.cue == "合计"}
    out = [b for b in out if b.cue in ("合计", "其中") or frozenset(b.parts) not in totalled]
    out = [_less_overlap(_summed_whole(doc, _age_banded(doc, _of_dimension_named(b)))) for b in out]
    out = [u for b in out if (u := _unnested(b)) is not None]
    # 贷款余额2679.53亿元…。从机构看,县级农商行新增贷款52.7亿元: new ones listed are no kinds of a stock
    out = [b for b in out if not (b.cue in _KIND_CUES and b.whole and all(_flow_of_stock(b.whole, p) for p in b.parts))]
    out = [m for b in out for m in _made_up_first(b) if not _averages_of_groups(m)]
    return _dedupe(out + [e for b in out if (e := _year_before(b)) is not None])


_INFLOW = regex.compile(alternation(lx.STOCK_INFLOWS))
_OUTFLOW = regex.compile(alternation(lx.STOCK_OUTFLOWS))


def _stock_flows(doc: Doc) -> list[Breakdown]:
    """在站博士后由年初的114人增至126人,全年新进站43人、出站31人: the stock's end is its start plus what came in
    less what went out, the flows of both ways named so in the pair's sentence."""
    out = []
    for s in doc.sentences:
        ids = {f.claim.id: f for f in s.figs}
        for a in s.figs:
            if a.claim.role != "after" or not a.is_level:
                continue
            b = next((ids[k.target] for k in a.claim.links if k.type == "before_after" and k.target in ids), None)
            if b is None or b.claim.role != "before" or not same_measure(a, b):
                continue
            flows = [
                f
                for f in s.figs
                if f is not a and f is not b and f.is_level and not f.paren and f.claim.role is None
                and same_measure(f, a)
            ]
            ins = [f for f in flows if _INFLOW.search(label_of(f)) and not _OUTFLOW.search(label_of(f))]
            outs = [f for f in flows if _OUTFLOW.search(label_of(f))]
            if ins and outs:  # one way alone is the pair's change, read with the changes
                out.append(Breakdown(a, (b, *ins), "flows", True, True, minus=tuple(outs)))
    return out


_MARKED_LINE = regex.compile(r"^\s*[#＃]")
# 按城乡分, 按年龄分, 分性别看: a table's line that names the dimension the rows set in under it split the head row by
_GROUP_LINE = regex.compile(r"^\s*(?:按\p{Han}{1,6}(?:分|划分)|分\p{Han}{1,6}看|从\p{Han}{1,6}看)[:：]?\s*$")
_SET_IN = regex.compile(r"^[ \u3000\t]+\S")


def _grouped_rows(doc: Doc) -> list[Breakdown]:
    """全省常住人口 4812.6 4826.0 / 按城乡分 / 　城镇 3218.4 3187.1 / 　乡村 1594.2 1638.9 / 按年龄分 / …: the rows
    set in under a line naming a dimension split the head row above the first such line, column by column, each
    dimension on its own."""
    out: list[Breakdown] = []
    head: Sentence | None = None
    group: list[Sentence] = []

    def close() -> None:
        if head is not None and len(group) >= 2:
            for c, w in enumerate(head.figs):
                parts = tuple(t.figs[c] for t in group)
                if all(same_measure(p, w) for p in parts):
                    out.append(Breakdown(w, parts, _BY_ALL, True, True))

    for s in doc.sentences:
        label = (s.gap or "").rstrip("\n").rsplit("\n", 1)[-1]
        row = "\n" not in s.text.strip() and bool(_CELL_GAP.search(s.text))
        set_in = row and bool(_SET_IN.match(s.text))
        if set_in and _GROUP_LINE.fullmatch(label) and head is not None and len(s.figs) == len(head.figs):
            close()
            group = [s]
        elif set_in and group and not label.strip() and len(s.figs) == len(group[0].figs):
            group.append(s)
        else:
            close()
            group = []
            head = s if row and not set_in and s.figs else None
    close()
    return out


def _marked_rows(doc: Doc) -> list[Breakdown]:
    """第二产业 | 318.47 | 65.4 ⏎ #工业 | 312.06 | 64.1: a table row marked # is 其中 of the row above it that is not
    so marked, cell by cell (as a 其中 row is)."""
    out: list[Breakdown] = []
    above: list[Fig] = []
    for s in doc.sentences:
        if not table_line(s):
            above = []
            continue
        levels = [f for f in s.figs if f.is_level]
        if not _MARKED_LINE.match(s.text):
            above = levels
            continue
        if len(above) == len(levels) >= 1 and all(same_measure(a, c) for a, c in zip(above, levels, strict=True)):
            out.extend(Breakdown(a, (c,), "其中", False, True) for a, c in zip(above, levels, strict=True))
    return out


def _unnested(b: Breakdown) -> Breakdown | None:
    """A later part named as an earlier one and more words, and no larger, is a part of it, no item beside it
    (秋粮中,水稻31.5万亩、…大豆2.96万亩,大豆较上年扩种4300亩): without it. When it bears the whole's name and the
    earlier does not (末梢水1,432份…末梢水合格1,381份,合计合格2,097份), the earlier is the one the whole leaves out."""
    named = [(f, f.names[0]) for f in b.parts if f.names and len(f.names[0]) >= 2]
    whole = next((n for n in (b.whole.names if b.whole is not None else ()) if n and len(n) >= 2), "")
    drop: set[Fig] = set()
    for i, (f, a) in enumerate(named):
        for g, n in named[i + 1 :]:
            # (汽车 and 汽车及低速货车: a name joined to more kinds is another kind)
            if n.startswith(a) and len(n) > len(a) and n[len(a)] not in "及和与、" and g.claim.value <= f.claim.value:
                drop.add(f if whole and n.endswith(whole) and not a.endswith(whole) else g)
    if not drop:
        return b
    parts = tuple(f for f in b.parts if f not in drop)
    return replace(b, parts=parts) if len(parts) >= 2 else None


def _less_overlap(b: Breakdown) -> Breakdown:
    """水资源总量24.38亿立方米,其中地表水21.95亿、地下水5.61亿,两者重复计算量3.18亿: parts counted twice where they
    overlap make the whole less the overlap."""
    if b.whole is None or b.minus or len(b.parts) < 2:
        return b
    last = b.parts[-1]
    if len(b.parts) >= 3 and _OVERLAP.search(last.clause):  # read as a third item: it is what the two share
        return replace(b, parts=b.parts[:-1], minus=(last,), exhaustive=True)
    overlap = next(
        (
            f
            for f in last.sent.figs[last.pos + 1 : last.pos + 3]
            if f.is_level and same_measure(f, last) and _OVERLAP.search(f.clause)
        ),
        None,
    )
    return replace(b, minus=(overlap,), exhaustive=True) if overlap is not None else b


_OVERLAP = regex.compile(r"(?<!不)重复(?:计算|计入|统计)?(?:量|部分|数)")  # not 不重复量: what only one of them holds


def _summed_whole(doc: Doc, b: Breakdown) -> Breakdown:
    """汽车保有量1286.4万辆,其中新能源汽车142.37万辆…。从车型结构看,纯电动汽车108.62万辆…: kinds by a dimension
    that fall well short of the whole read from the context, but add up to a figure stated between that whole and
    them, are kinds of that figure."""
    w = b.whole
    if w is None or len(b.parts) < 2 or not all(same_measure(w, p) for p in b.parts):
        return b
    apart = b.parts[0].sent is not w.sent
    if b.cue == "其中" and not apart:
        # 共梳理系统386个,已迁移上云331个,上云率85.8%;其中市级214个、区县117个: items that miss the figure read
        # for them and make up a later figure of its sentence before the cue to the last digit are of that one
        total = sum(p.claim.value for p in b.parts)
        between = [
            f
            for f in w.sent.figs[w.pos + 1 : b.parts[0].pos]
            if f.is_level and not f.is_baseline and same_measure(f, w) and f.claim.value == total
        ]
        return replace(b, whole=between[-1]) if total != w.claim.value and between else b
    # (已上云系统中,整体迁移198个、改造后迁移66个 after 已完成上云264个 and 二季度末已上云系统245个: a scope that
    # names two figures before it)
    if b.cue not in _BY_CUES and not (apart and (b.cue == "中" or opens_by_dimension(b.parts[0].sent))):
        return b
    first = b.parts[0]
    # in a sentence before the kinds' own (按隶属关系分,国有十九家、非国有十二家;按质量等级分,一级一家、二级四家、
    # 三级七家: the kinds of another dimension beside them are no whole of these)
    near = (f for t in doc.sentences[w.sent.index : first.sent.index] for f in t.figs if w.index < f.index)
    found = summed_to(b.parts, w, near)
    if found is None:
        found = _larger_summed(doc, b.parts, w)
    return b if found is None else replace(b, whole=found)


def _larger_summed(doc: Doc, parts: Sequence[Fig], w: Fig) -> Fig | None:
    """驾驶人总数183.6万人。汽车驾驶人171.2万人…。从性别看,男性119.8万人,女性63.8万人: kinds that miss the whole
    read for them, and add up to another level of its measure stated a little before it, are kinds of that one."""
    earlier = [f for t in doc.sentences[max(0, w.sent.index - 3) : w.sent.index + 1] for f in t.figs]
    before = [f for f in reversed(earlier) if f.index < w.index and f.sent.section == w.sent.section]
    return summed_to(parts, w, before, smaller=False)


_AS_FOLLOWS = regex.compile(r"如下\s*[:：]\s*$")
_AS_FOLLOWS_NOTED = r"如下(?:[(（][^)）\n]{0,12}[)）])?"  # 如下(单位:亿元)
_AS_FOLLOWS_LINE = regex.compile(rf"{_AS_FOLLOWS_NOTED}\s*[:：]\s*\n")


def _lines_below(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """主要海洋产业增加值4127亿元。各产业发展情况如下:⏎海洋交通运输业…增加值1236亿元…⏎滨海旅游业…增加值1184亿元…: the
    first figure of each line below that is named like the whole (…增加值) is one of its kinds, up to a line with
    none; all of them when the last names the rest (其他…)."""
    out = []
    for k, s in enumerate(doc.sentences):
        cut = s.end  # where the lines start, when they start inside the sentence (如下(单位:亿元):⏎房屋价值补偿:18.56)
        if _AS_FOLLOWS.search(s.after):
            first = k + 1  # the lines start with the next sentence
        elif k + 1 < len(doc.sentences) and _opens_lines(doc.sentences[k + 1]):
            first = k + 1  # 如下:⏎ opens the next sentence, read with its first line
        elif (inside := _LINES_OPEN.search(s.text)) is not None:
            first, cut = k + 1, s.start + inside.end()
        else:
            continue
        w = next(
            (f for f in reversed(s.figs) if f.is_level and not f.is_baseline and f.is_part and f.claim.end <= cut),
            None,
        )
        if w is None or len(label_of(w)) < 2:
            continue
        # 营养改善计划资金共到位A: the name without the verb after it (资金) as well
        tails = tuple({n[-2:] for n in (label_of(w), *w.names) if n and len(n) >= 2})
        # 补偿资金共计A,按补偿项目分列如下: the lines are the kinds it names, whatever they end with
        by_kind = _LISTED_BY.search(s.text) is not None

        parts: list[Fig] = []
        if cut < s.end:
            head = _line_kind(s, cut, w, tails, by_kind)
            if head is None or head.is_baseline or head in taken:
                continue
            parts.append(head)
        para = s.para if parts else -1
        for t in doc.sentences[first:]:
            if t.section != s.section or t.block != s.block:
                break
            if t.para == para:
                continue  # the rest of a line already read
            para = t.para
            f = _line_kind(t, t.start, w, tails, by_kind)
            if f is None or f.is_baseline or table_line(t) or f in taken:
                break
            parts.append(f)
        if len(parts) >= 3:
            out.append(Breakdown(w, tuple(parts), "lines", has_rest_item(parts) or by_kind, True))
    return out


def _line_kind(t: Sentence, after: int, w: Fig, tails: tuple[str, ...], by_kind: bool) -> Fig | None:
    """The first figure of a line from `after` on that may be a kind of `w`: of its measure, named like it."""
    return next(
        (
            g
            for g in t.figs
            if g.claim.start >= after and g.is_level and same_measure(g, w) and (by_kind or label_of(g).endswith(tails))
        ),
        None,
    )


_BY_LISTING = r"按\p{Han}{1,8}?(?:分列|列示|划分)"  # 按补偿项目分列
_LISTED_BY = regex.compile(rf"{_BY_LISTING}(?:如下|\s*[:：]\s*\n)")
# 如下(单位:亿元):⏎ / 按户型划分:⏎: the sentence goes on into the lines it opens
_LINES_OPEN = regex.compile(rf"(?:{_AS_FOLLOWS_NOTED}|{_BY_LISTING})\s*[:：]\s*\n")


def _opens_lines(t: Sentence) -> bool:
    """Whether a sentence opens with words that end in 如下: and a line break, before its first figure."""
    head = t.text[: t.figs[0].claim.start - t.start] if t.figs else t.text
    return _AS_FOLLOWS_LINE.search(head) is not None


def _year_before(b: Breakdown) -> Breakdown | None:
    """养老床位 | 15240 | 14385 / 其中：护理型床位 | 9102 | 8017: a list of a table's cells of this year holds in the
    column of the year before as well, cell for cell."""
    if b.whole is None or b.cue != "其中" or b.whole.claim.role != "after":
        return None
    figs = (b.whole, *b.parts)
    if any(f.claim.role != "after" or not _CELL_BAR.search(f.lead) for f in figs):
        return None
    for step in (1, -1):  # 2024年 | 2023年, or 2023年 | 2024年 (预算执行审计 | 个 | 806 | 842)
        earlier = []
        for f in figs:
            k = f.pos + step
            other = f.sent.figs[k] if 0 <= k < len(f.sent.figs) else None
            if other is None or other.claim.role != "before" or other.claim.unit != f.claim.unit:
                break
            a, z = (f, other) if step == 1 else (other, f)
            if "\n" in f.sent.between(a.claim.end, z.claim.start):
                break
            earlier.append(other)
        else:
            return replace(b, whole=earlier[0], parts=tuple(earlier[1:]))
    return None


_CELL_BAR = regex.compile(r"[|｜\t]|[ \u3000]{2,}")


# 投资项目共8个, 全市绿道总里程达到263公里: a count or a stock of its own, no further kind of a list
_OWN_TOTAL = regex.compile(r"(?<!公)共(?:计|有)?$|总(?:里程|量|数|额|面积|规模|长度)(?:达到|达|为|是)?$")
_AGE_BAND = regex.compile(r"^(?P<low>\d{1,3})\s*[—\-–~至]\s*\d{1,3}\s*周?岁")


def _age_banded(doc: Doc, b: Breakdown) -> Breakdown:
    """60周岁及以上A；65周岁及以上B。分年龄段看,60—69周岁C,70—79周岁D,80周岁及以上E: bands from an age on make
    up those of that age and above, not the nearer figure of another age."""
    if b.whole is None or not b.parts:
        return b
    m = _AGE_BAND.match(label_of(b.parts[0]))
    if m is None:
        return b
    above = regex.compile(rf"^{m['low']}\s*周?岁(?:及|或)?以上")
    if above.match(label_of(b.whole)):
        return b
    s = b.parts[0].sent
    near = [f for t in doc.sentences[max(0, s.index - 2) : s.index + 1] for f in t.mains if f.index < b.parts[0].index]
    whole = next((f for f in reversed(near) if above.match(label_of(f)) and same_measure(f, b.parts[0])), None)
    return replace(b, whole=whole) if whole is not None else b


# 按医院等级分, 按企业类型分: the dimension names what it sorts (医院, 企业)
_SORTED_BY = regex.compile(
    r"^\s*按(?P<name>\p{Han}{2,6}?)(?:等级|类型|类别|性质|规模|级别|层级|所有制|经济类型)(?:分|划分|看)[,，:：]"
)


def _of_dimension_named(b: Breakdown) -> Breakdown:
    """机构5127个,其中医院96个、…。按医院等级分,三级医院19个…: a list by a dimension that names what it sorts is of
    the one figure so named beside its whole (医院96个), not of the whole (5127个)."""
    if b.cue not in _BY_CUES or b.whole is None or not b.parts:
        return b
    m = _SORTED_BY.match(b.parts[0].sent.text)
    if m is None or any(m["name"] in n for n in b.whole.names if n):
        return b
    name = m["name"]
    named = [
        f
        for f in b.whole.sent.figs
        if f is not b.whole and f.is_level and same_measure(f, b.whole) and any(n.endswith(name) for n in f.names if n)
    ]
    return replace(b, whole=named[0]) if len(named) == 1 else b


def _dedupe(items: list[Breakdown]) -> list[Breakdown]:
    seen: set[tuple[int, tuple[int, ...]]] = set()
    out = []
    for b in items:
        key = (b.whole.index if b.whole else -1, tuple(sorted(p.index for p in b.parts)))
        if key in seen or not b.parts:
            continue
        seen.add(key)
        out.append(b)
    return out


def _listed_in_group(w: Fig) -> bool:
    """Whether a 其中 stands before `w` in its clause group: ;其中,5月份实现零售额121.39亿元."""
    head = next(g for g in w.sent.figs if g.group == w.group)
    said = GROUP_MARK.split(head.lead)[-1] + w.sent.between(head.claim.start, w.claim.start)
    return bool(PARTS_CUE.search(said))


def _in_scope(w: Fig) -> bool:
    """238家单位中,工业企业201家: a figure after a base of its measure that its sentence opens as a scope."""
    return any(
        g.index < w.index and same_measure(g, w) and BASE_OF_FOLLOWING.match(g.tail) is not None
        for g in w.sent.figs[: w.pos]
    )


def _own_kinds(head: Fig, figs: list[Fig]) -> list[Fig]:
    """After a ；, a figure larger than the whole the 其中 is of is no kind of it: the list ends.
    人社类163件,占11.2%,其中工伤认定118件；市场监管类86件,占5.9%: after a ；, a figure named like the one the
    其中 is of (…类 beside …类), and given a share as it is, is its sibling, not one of its kinds: the list ends."""
    rated = head.pos + 1 < len(head.sent.figs) and head.sent.figs[head.pos + 1].is_rate
    for k, f in enumerate(figs):
        if k and f.group != figs[0].group and _outgrows(f, head):
            return figs[:k]  # 科研项目三十七项,其中国家级两项；横向项目结题48项: past the ；, a count of its own
        if k and f.group != figs[0].group and rated and alike(label_of(f), label_of(head)):
            nxt = f.sent.figs[f.pos + 1] if f.pos + 1 < len(f.sent.figs) else None
            if nxt is not None and nxt.is_rate and not alike(label_of(f), label_of(figs[0])):
                return figs[:k]
    return figs


@dataclass
class _Block:
    """The parts region of one list cue: where it starts and which figures it holds."""

    sent: Sentence
    cue: str
    start: int  # document offset of the cue
    figs: list[Fig]
    at_start: bool  # the cue opens its sentence: the whole is in an earlier sentence
    names: dict[Fig, str] = field(default_factory=dict)  # 其中A、B分别为x、y: the kind each figure is of
    measure: str = ""  # 从支出结构看: the measure a dimension breaks down, when it names one (支出)


def _blocks(s: Sentence) -> list[_Block]:
    out: list[_Block] = []
    inner_of: dict[int, _Block] = {}  # a 其中 block within a list and the list it is within
    matches = [m for m in PARTS_CUE.finditer(s.text) if not _in_paren(s.text, m.start())]
    averages = _averages(s) if matches else []  # 人均工资性收入: kept for a whole per head, which takes its components
    for k, m in enumerate(matches):
        a = s.start + m.start()
        b = s.start + matches[k + 1].start() if k + 1 < len(matches) else s.end
        before = s.text[: m.start()]
        cue = m.group().strip()
        by_dimension = cue not in lx.PARTS_FOLLOW
        inside = [
            f
            for f in s.figs
            if a <= f.claim.start < b
            and (f.is_part or f in averages)
            and (not TOTAL_AFTER.search(f.clause) or _item_total(f))
        ]
        figs = _rows_under(s, m.start(), _items(inside, by_dimension=by_dimension))
        head = next((f for f in reversed(s.figs) if f.claim.start < a and f.is_part), None)
        if cue == "其中" and head is not None:
            figs = _summed_on(head, figs, inside)
        if cue == "其中" and head is not None and figs:
            figs = _own_kinds(head, figs)
        if figs and figs[0].group != before.count(";") + before.count("；"):
            # 收入62.3亿元,其中税收占比78.5%；…零售总额318亿元: the 其中 clause counts no part, and what comes
            # after the ；is a figure of its own, not an item of the list
            figs = []
        if cue.startswith("分别") and _FROM_AFTER.match(s.text, m.end()):
            continue  # 低保标准分别由720元、500元提高到780元和560元: changes of each, no list of parts
        # 受理和办结…分别为A件和B件: "respectively" of the things its clause names, no list of parts
        respective = cue.startswith("分别") and bool(JOINED_NAMES.search(CLAUSE_BREAK.split(before)[-1]))
        at_start = (
            not any(f.claim.start < a and f.is_level for f in s.figs)
            and not respective
            and (not LONG_HAN.search(before) or cue.startswith("分别") or by_dimension)
        )
        if cue.startswith("分别") and out and out[-1].cue in ("其中", "包括") and _tally_only(s, out[-1]):
            out[-1].figs = []  # 包括住院、门诊、大病保险三项,分别为…: the tally of the kinds named, no item
        named_kinds = ("其中", "包括", _BY, _BY_ALL) if cue in ("分别为", "分别是") else ("其中", "包括")
        if cue.startswith("分别") and out and out[-1].cue in named_kinds and not out[-1].figs:
            # 其中A、B、C分别为x、y和z: the 分别 gives the figures of the kinds the 其中 names (分类型看,A和B分别为…:
            # or the dimension names)
            names = _DIMENSION_SAID.sub("", s.text[out[-1].start - s.start : m.start()]).lstrip("其中包括,，:： ")
            names = _TALLY_END.sub("", names)  # 住院、门诊、大病保险三项,分别为: the kinds, less their tally
            kinds = [x for x in _NAME_SEP.split(names) if x]
            if len(kinds) == 1 and len(figs) >= 2:
                # 建议86件、提案112件,其中主办件分别为54件和69件: one kind of each of the wholes before, in order
                out[-1].figs = figs
                out[-1].cue = _OF_EACH
                continue
            if not CLAUSE_BREAK.search(names):
                out[-1].figs = figs
                if out[-1].cue not in (_BY, _BY_ALL):  # (a dimension's list stays one, of the dimension's whole)
                    out[-1].cue = _RESPECTIVE
                if len(kinds) == len(figs):
                    out[-1].names = dict(zip(figs, kinds, strict=True))
                continue
        host = out[-1] if out else None
        while host is not None and id(host) in inner_of:
            host = inner_of[id(host)]  # 第二产业A,其中工业B；第三产业C,其中…D；居民生活E: the list both are within
        if host is not None and cue in ("其中", "包括", "包含") and host.cue in ("其中", _BY, _BY_ALL) and figs:
            # 其中企业21.36万户,其中私营企业19.85万户;个体工商户46.12万户: a 其中 within a 其中 list holds its
            # own clause group; after the ; the outer list goes on (一般性转移支付A,主要包括…；专项转移支付B), and so
            # does a list by a dimension (分产业看,第二产业用电量A,其中工业B；第三产业用电量C)
            inner = [f for f in figs if f.group == figs[0].group]
            outer = [f for f in s.figs if a <= f.claim.start < b and f.group != figs[0].group and f.is_part]
            figs = inner
            host.figs = _items(host.figs + [f for f in outer if not TOTAL_AFTER.search(f.clause)])
            kind = cue
            out.append(_Block(s, kind, a, figs, False))
            inner_of[id(out[-1])] = host
            continue
        kind = (_BY_ALL if cue.startswith("按") else _BY) if by_dimension else cue
        measure = structure_measure(cue) if by_dimension else ""
        out.append(_Block(s, kind, a, figs, at_start, measure=measure))
    return out


_CELL_GAP = regex.compile(r"[|\t]|\S[ \u3000]{2,}\S")
# 分类型看, before the kinds a 分别 run names
_DIMENSION_SAID = regex.compile(r"^(?:从|按|分)\p{Han}{1,8}?(?:来看|看|分)[,，:：]\s*")


def _summed_on(head: Fig, items: list[Fig], inside: list[Fig]) -> list[Fig]:
    """其中直接采购1,580.4万元,帮助销售2,546.3万元 after 4,126.7万元: the figure right after the items, past a comma,
    that makes them up to the whole exactly is one more item, however it is named."""
    if not items or inside[: len(items)] != items or len(inside) == len(items):
        return items
    nxt = inside[len(items)]
    parts = [*items, nxt]
    if any(p.claim.unit != head.claim.unit or p.claim.approx is not None for p in (*parts, head)):
        return items
    exact = sum(p.claim.value for p in parts) == head.claim.value
    return parts if exact and _LAST_ITEM.fullmatch(nxt.lead) else items


_GOAL_AFTER = regex.compile(r"^\s*(?:的)?(?:年度)?(?:目标|任务|计划)")
_KIND_TALLY = frozenset({"项", "类", "种", "大类", "个方面", "方面"})
_KINDS_NAMED = regex.compile(r"^(?:类别|类|种类|方面|领域|行业|门类)")


def _kinds_told(said: str) -> bool:
    """Whether the words before a 分别 name every kind and tell their number (…、贸易及其他四个板块), not the top
    or bottom few (最低的三个行业分别是) nor some picked out."""
    return (
        _KINDS_TOLD.search(said) is not None
        and not TOP_N.search(said)
        and not _EXTREMES.search(said)
        and not _PICKED_OUT.search(said)
    )


_EXTREMES = regex.compile(r"最[高低多少大小快慢]")
_CHECKED_OPENS = regex.compile(r"\s*经(?:过)?(?:核查|核实|审查|审核|调查|检验|认定|评估)")
_KINDS_TOLD = regex.compile(r"[二三四五六七八九十两]个?(?:板块|行业|领域|类别|产业|门类|险种|片区)$")
_TALLY_END = regex.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})(?:项|类|种|大类|个方面|方面)?[,，\s]*$|[,，\s]+$")


_BRACKETED_NOTE = regex.compile(r"[(（][^()（）]*[)）]")


def _tally_only(s: Sentence, blk: _Block) -> bool:
    """A block whose one figure counts the kinds it names (包括住院、门诊、大病保险三项): no item of its own."""
    if len(blk.figs) != 1 or blk.figs[0].claim.unit not in _KIND_TALLY:
        return False
    f = blk.figs[0]
    said = s.text[blk.start - s.start : f.claim.start - s.start].lstrip("其中包括,，:： ")
    names = _NAME_SEP.split(_BRACKETED_NOTE.sub("", said))  # 门诊(含普通门诊和门诊慢特病): one kind
    return f.claim.value == len([x for x in names if x])


def _rows_under(s: Sentence, cue: int, figs: list[Fig]) -> list[Fig]:
    """The items of a 其中 row of a table: its own row and the indented rows below it, up to a row flush with
    the parent (本外币存款余额 / 其中:住户存款 / 本外币贷款余额: the loans are no kind of the deposits)."""
    cue_line = s.text[s.text.rfind("\n", 0, cue) + 1 : (s.text.find("\n", cue) + 1 or len(s.text) + 1) - 1]
    if not _CELL_GAP.search(cue_line):
        return figs  # running text wrapped at the page width: the list goes on
    out = []
    for f in figs:
        line = s.text.rfind("\n", 0, f.claim.start - s.start) + 1
        if line > cue and not s.text[line : line + 1].isspace() and not s.text.startswith("其中", line):
            break
        out.append(f)
    return out


_BY = "按…分"  # a breakdown by a dimension: 分行业看, 从申请事项看 (maybe of the main kinds only)
_BY_ALL = "按X分"  # 按经营地分, 按消费类型分: every kind of the dimension is listed
_BY_CUES = (_BY, _BY_ALL)
_RESPECTIVE = "其中…分别"  # the cue of a 其中 list whose figures follow 分别 after the names of its kinds
_OF_EACH = "其中X分别"  # 其中主办件分别为54件和69件: one part of each whole before it
_FROM_AFTER = regex.compile(r"\s*(?:为|是)?\s*(?:由|从)")
_NAME_SEP = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
_BRACKET_LIST = regex.compile(r"[(（]([^()（）]*[、和及与][^()（）]*)[)）]")


_BESIDES = regex.compile(r"^(?:另|此外|除此之外|除此以外)")  # 另有, 另聘请, 另在
_BESIDE_CLAUSE = regex.compile(r"^\s*[,，]?\s*(?:另有|另外|此外|另(?=在|于|设|建|布|有|外))")
_FOUND_OPENS = regex.compile(r"^(?:经审查|经检查|经核查)?[,，]?(?:共)?(?:发现|查出|检出|查实|排查出)")
_ADDED_GROUP = regex.compile(r"^\s*(?:再)?(?:加上|加|连同)(?=\p{Han})")


def _status_of(f: Fig, item: Fig) -> bool:
    """大气污染类问题11个,已完成10个: how far the item before has come, in its own clause group."""
    return bool(STATUS_DONE.match(label_of(f))) and not STATUS_DONE.match(label_of(item))


def _common_tail(labels: list[str]) -> str:
    """The characters every label ends with (…基金收入)."""
    tail = labels[0] if labels else ""
    for x in labels[1:]:
        tail = shared_end(tail, x)
    return tail


_KIND_CUES = frozenset({"其中", "包括", "中", _BY, _BY_ALL, "分别为"})
_STOCK_WORD = regex.compile(r"余额|存量|保有量|存栏|总量$")
_NEW_FLOW = regex.compile(r"^(?:上半年|全年|当年|本年|年内)?(?:新增|新发放|新投放|增加|净增)|新增")


def _flow_of_stock(w: Fig, f: Fig) -> bool:
    """新增贷款52.7亿元 under 贷款余额2679.53亿元: a flow of new ones listed against a stock, no kind of it."""
    return any(_STOCK_WORD.search(n) for n in w.names if n) and any(_NEW_FLOW.search(n) for n in f.names if n)


def _named_after_colon(s: Sentence, blk: _Block) -> bool:
    """资金来源分别为:中央补助资金A、省级补助资金B、区级配套资金C: a colon after 分别为, then items each named in
    its own words: the kinds of the whole before, not figures "respectively" of names said before."""
    after = s.text[blk.start - s.start : blk.start - s.start + 6]
    return bool(_COLON_AFTER_CUE.match(after)) and len(blk.figs) >= 2 and all(len(label_of(f)) >= 2 for f in blk.figs)


_COLON_AFTER_CUE = regex.compile(r"分别(?:为|是)\s*[:：]")


def _kind_of_named(broad: str, narrow: str) -> bool:
    """工业用电量 and 制造业用电量: the kind within its broader kind, the measure after both the same."""
    return any(
        broad.startswith(a) and narrow.startswith(b) and len(broad) > len(a) and broad[len(a) :] == narrow[len(b) :]
        for a, b in lx.KIND_WITHIN
    )


def _kind_within(broad: str, narrow: str) -> bool:
    """工业用电量 and 制造业用电量: the second names a kind of the first by definition."""
    return any(broad.startswith(a) and narrow.startswith(b) for a, b in lx.KIND_WITHIN)


def _items(figs: list[Fig], *, by_dimension: bool = False) -> list[Fig]:
    """A list's items up to a ；that opens a clause about something else (…其他类6件；报送备案43件) or
    about another period (；第三季度新设1602户).

    A list by one dimension (按消费类型分, 商品零售A；餐饮收入B) takes its second item however it is named.
    """
    out: list[Fig] = []
    told = -1  # a clause group that goes on about its item: what became of it (受理A件,调解成功B件)
    for k, f in enumerate(figs):
        if f.group == told or _qualifier_count(f):
            continue
        if out and _counts_next_item(f, figs[k + 1] if k + 1 < len(figs) else None, out[-1]):
            continue  # 其中总院A人次、县中医院B人次、14家分院合计C人次: how many the next item holds, no item
        if (
            len(out) >= 2
            and complete_series(out)
            and _split_alike(out)
            and not SERIES_WORD.search("\n".join(f.names))
            and not REST_ITEM.match(label_of(f))  # …公益诉讼案件A；其他案件B: the rest goes on the list still
            # 城镇职工…基金收入A,城乡居民…基金收入B,失业保险基金收入C: an item built like those before goes on
            and (f.group != out[-1].group or len(_common_tail([label_of(g) for g in (*out, f)])) < 2)
        ):
            break  # 出口A,进口B,贸易顺差C: the series is complete, what follows is no member of it
        if out and aggregate(f) and not _item_total(f):
            break  # 火电A,水电B,…,非化石能源装机C: a sum of some of the items, not one more of them
        if out and BASE_OF_FOLLOWING.match(f.tail) and _said_before(f):
            break  # 企业236家,其中新增21家；236家企业中…: the whole again, as the scope of what follows
        new_group = bool(out) and f.group != out[-1].group
        if out and f.claim.role == "after" and any(p.claim.value == f.claim.value and p.group == f.group for p in out):
            continue  # 管理费用1.09亿元,由上年的1.27亿元降至1.09亿元: the item said again as the end of its change
        if out and _BESIDE_CLAUSE.match(f.clause) and same_measure(f, out[-1]):
            break  # 其中村级实践站176个、社区实践站55个,另在企业、园区布设实践点58个: beside the list, no kind of it
        if new_group and (_BESIDES.match(f.clause) or _ADDED_GROUP.match(f.clause)):
            break  # 其中行政人员62人、事业人员56人；另有离退休人员41人: beside the whole, not in it; so is what is
            # added to it (其中…9.4亿元；加上级补助收入0.3亿元…,收入总计18.8亿元)
        if out and not new_group and (outcome_of(f, out[-1]) or _status_of(f, out[-1])):
            told = f.group  # 调解组织受理5706件,调解成功4125件: the second is of the first, no kind of its own
            continue
        if out and _OPENS_DETAILS.search(f.lead):
            break  # 已安排使用11.86亿元,具体为:⏎——全民健身7.02亿元: the lines detail the figure before the colon
        if out and _opens_other(f, out, new_group):
            break
        if out and _FOUND_OPENS.match(f.clause) and not _FOUND_OPENS.match(out[-1].clause):
            break  # 其中增量89件、存量53件,发现违反审查标准的措施7件: what the review found among them, no kind
        if out and _RUNNING.search(f.clause) and not _RUNNING.search(out[0].clause):
            break  # 治理小流域九条,其中…4条,全市…累计达到22条: a running total, no kind of the year's
        if out and AVERAGE.search(f.clause) and not AVERAGE.search(out[0].clause):
            break  # 减税A、降费B、退税C,惠及1.27万户,户均约3.4万元: an average per head, no kind of the whole
        if out and _within_item(f, out):
            break  # 社会团体A,社会服务机构B…。社会团体中,行业协会商会C: a part of an item, not one more of them
        if out and any(_kind_within(label_of(p), label_of(f)) for p in out):
            break  # 其中,工业用电量A,…;制造业用电量B: a kind of an item by definition, not one more of them
        if out and _COMPARED_SINCE.search(f.sent.between(out[-1].claim.end, f.claim.start)):
            break  # 其中行政单位94户、事业单位193户,与上年相比新增2户、撤并5户: the changes, no kinds
        if out and _SIZE_CLASS.search(label_of(f)) and not any(_SIZE_CLASS.search(label_of(p)) for p in out):
            break  # 其中新开工项目11个、续建项目12个,亿元以上项目5个: a class by size across the kinds
        if out and _DONE_OPENS.match(f.clause) and not _DONE_OPENS.match(out[0].clause):
            break  # 其中安全类74个、服务类109个,已督促整改167个: what has become of the whole, no kind of it
        if out and TARGET_CLAUSE.search(f.clause):
            break  # 其中…1620亩、…1240亩,完成年度恢复任务4000亩的71.5%: the target, no kind
        if out and _COVERS.match(label_of(f)):
            break  # 其中农贸市场12个…其他服务场所6个,基本覆盖城区和11个乡镇: the places they cover, no kind of them
        if out and _GOAL_AFTER.match(f.tail):
            break  # 其中新建十九座、改建二十七座,超额完成确定的四十座年度目标任务: the goal, no kind
        if out and f.clause.endswith("等") and not any(p.clause.endswith("等") for p in out):
            break  # 续建项目27个、新开工项目15个,沿江高速二期等6个项目建成通车: some named by example, no kind
        # 续建项目11个,完成投资2.05亿元;新建项目21个,…: the items of the figure's own measure set the pattern
        known = [label_of(p) for p in out if same_measure(p, f)] or [label_of(p) for p in out]
        if (
            out
            and not new_group
            and not by_dimension
            and not f.lead.startswith("、")  # …、0—6岁儿童A、残疾人及脱贫人口B: one more of a 、-run
            and new_measure(known, label_of(f))
        ):
            break  # 收入62.3亿元,其中税收收入48.9亿元,社会消费品零售总额318亿元: a figure of its own
        if out and _outcome(f, out):
            break  # 受理1200件,其中民事案件800件,审结1150件: what became of the intake, not a kind of it
        if new_group and any(x and label_of(f).startswith(x) and label_of(f) != x for x in known):
            break  # 直接答复A,转办工单B；转办工单按时办结C: a count of what became of an item, no kind of the whole
        # 按期限分,短期贷款A；中长期贷款B；票据融资等其他贷款C: the rest of a dimension's kinds, however named
        rest = by_dimension and (len(out) == 1 or bool(_REST_WORD.search(label_of(f))))
        own = _SUM_END.sub("", label_of(f)) if _JOINT_KINDS.fullmatch(f.clause) else label_of(f)  # 和…用水合计
        named_alike = rest or sibling(known, own) or _shared_alike([*out, f])
        # 执行完毕A;终结本次执行B;终结执行C;不予执行D;驳回申请E;以其他方式结案F: kinds named each their own way, up to
        # the rest the list closes with
        named_alike = named_alike or (
            new_group and any(_REST_WORD.search(label_of(g)) and same_measure(g, f) for g in figs[k + 1 :])
        )
        state = bool(out) and _STATE_OPENS.match(f.clause) and not _STATE_OPENS.match(label_of(out[0]))  # ;已上架…
        if new_group and (NEW_PERIOD.match(f.clause) or not named_alike or _DONE_OPENS.match(f.clause) or state):
            break  # …；已督促整改问题金额4.12亿元: what has become of the whole, no kind of it
        if new_group and _another_flow(f, out[0]):
            break  # 新签约项目23个,其中亿元以上项目11个;新开工项目17个: another flow of the year, no kind
        out.append(f)
    return out


# 全市人口中, 全县常住人口中: all of the place's people
_PLACE_PEOPLE = regex.compile(r"全[省市县区州旗]\p{Han}{0,2}人口")
_COVERS = regex.compile(r"(?:基本|全面|已)?(?:覆盖|遍及|辐射|分布于|分布在)")
_COMPARED_SINCE = regex.compile(r"[,，;；]\s*与(?:上年|去年)(?:同期)?相比")
_SIZE_CLASS = regex.compile(r"(?:元|万|亿|吨|亩|人|户|平方米|千瓦)(?:及)?以[上下]")  # 亿元以上项目: a class by size
_FLOW_OPENS = regex.compile(rf"^\s*(?:全年|年内|上半年|下半年)?(?P<verb>{alternation((*lx.NEW_ONES, '新签约'))})")


def _another_flow(f: Fig, first: Fig) -> bool:
    """新签约项目23个,其中亿元以上项目11个;新开工项目17个: `f` opens on a flow of the year (新开工) other than the one
    the figure before the list `first` opens counts (新签约); not so when that figure names none (共实施项目36个,
    其中续建项目14个;新建项目22个: kinds)."""
    own = _FLOW_OPENS.match(f.clause)
    whole = next(
        (g for g in reversed(first.sent.figs[: first.pos]) if g.is_level and not g.is_baseline and same_measure(g, f)),
        None,
    )
    said = _FLOW_OPENS.match(whole.clause) if whole is not None else None
    return own is not None and said is not None and own["verb"] != said["verb"]


def _qualifier_count(f: Fig) -> bool:
    """六个县(市)签约项目198个: a bare count opening a clause whose own figure, of its unit, follows in it: how
    many places the item is of, no item."""
    nxt = f.sent.figs[f.pos + 1] if f.pos + 1 < len(f.sent.figs) else None
    if nxt is None or nxt.claim.unit != f.claim.unit or nxt.claim.approx is not None:
        return False  # (七个乡镇建有两个以上…基地: a bound of what each has, not the item's figure)
    between = f.sent.between(f.claim.end, nxt.claim.start)
    # (中心城区4个区改造156个: places counted after the scope they are in, then the item's figure)
    opens = not f.clause.strip(" ,，、") or _PLACE_NOUN.match(between) is not None
    return opens and _COUNTED_NOUN.match(between) is not None


_PLACE_NOUN = regex.compile(r"^(?:区|县|市|镇|乡|街道|园区|开发区|片区)")
# 县(市)签约项目 between 六个 and 198个: a noun the count is of, then the item's own name (not 、 of a run)
_COUNTED_NOUN = regex.compile(r"^\p{Han}[^,，;；:：、和及与]*\p{Han}$")


def _split_alike(parts: list[Fig]) -> bool:
    """国际航线97条、国内航线49条: items that differ only in the series word they open with (not 农村劳动力培训 and
    城镇登记失业人员培训, two kinds that happen to open with such words)."""
    rests = {SERIES_WORD.sub("", label_of(p), count=1) for p in parts}
    return len(rests) == 1


def _item_total(f: Fig) -> bool:
    """14家分院合计92.2万人次 after 、: the total of one item's units, an item of the list; 居民生活和城镇公共用水
    合计1.82亿立方米: two kinds it names, joined, one item."""
    figs = f.sent.figs
    if _JOINT_KINDS.fullmatch(f.clause):
        return True
    return f.pos >= 2 and _counts_next_item(figs[f.pos - 1], f, figs[f.pos - 2])


_SUM_END = regex.compile(rf"(?:{alternation(lx.SUM_AFTER)})(?:为|达)?$")
# 居民生活和城镇公共用水合计: two kinds joined (not 本科及以上, a grade and those above it)
_JOINT_KINDS = regex.compile(
    rf"\p{{Han}}{{2,10}}(?:和|与|及(?!以[上下]))\p{{Han}}{{2,10}}(?:{alternation(lx.SUM_AFTER)})(?:为|达)?"
)


def _counts_next_item(f: Fig, nxt: Fig | None, last: Fig) -> bool:
    """A figure of another measure that opens the name of the next item (14家分院合计92.2万人次) after 、."""
    if nxt is None or same_measure(f, last) or not same_measure(nxt, last) or f.sent is not nxt.sent:
        return False
    if not ENUM_NEXT.fullmatch(f.lead.removesuffix(f.clause)) and not f.lead.startswith(("、", "和", "及")):
        return False
    return bool(_ITEM_NAME.fullmatch(f.sent.between(f.claim.end, nxt.claim.start)))


_ITEM_NAME = regex.compile(r"\p{Han}{2,12}")  # 分院合计: the words from the count to the item's figure


# 非车险中健康险…: the name of an item (or its first words) and 中, opening what follows
_ITEM_SCOPE = regex.compile(r"^(?P<name>\p{Han}{2,12}?)中(?![心国央华部期间学小型层等级医药考标转文断止])")


def _within_item(f: Fig, items: list[Fig]) -> bool:
    """Whether the words before `f` open on an item as their scope: 社会团体中, 非车险中 (of 非车险保费收入)."""
    m = _ITEM_SCOPE.match(f.lead.lstrip(" \n,，;；。"))
    # 民办园中… of 民办幼儿园: the scope may shorten the item's name, keeping its head and its last character
    return m is not None and any(
        label_of(p).startswith(m["name"]) or _shortened(m["name"], label_of(p)) for p in items
    )


def _shortened(short: str, name: str) -> bool:
    """民办园 of 民办幼儿园, 公办园 of 公办幼儿园: the same first two and last characters, fewer between."""
    return 3 <= len(short) < len(name) and short[:2] == name[:2] and short[-1] == name[-1]


def _said_before(f: Fig) -> bool:
    """A figure of the same value stands earlier in its sentence."""
    return any(g.claim.value == f.claim.value for g in f.sent.figs[: f.pos])


_RUNNING = regex.compile(r"累计|历年|总数达|至今")
_SHARE_NEXT = regex.compile(r"^[\s,，(（]*占")
_REST_WORD = regex.compile(r"其他|其它|其余")
_STATE_OPENS = regex.compile(r"^(?:已|均已|尚未|未)(?=\p{Han})")
_DONE_OPENS = regex.compile(r"^(?:已|均已|全部|累计已)(?:督促|完成|经)?(?:整改|办结|审结|化解|处理|追回|收回|挽回)")


def _shared_alike(items: list[Fig]) -> bool:
    """公司贷款A,占比a；个人贷款B,占比b；票据贴现C,占比c: items each followed by its share go on one list
    however they are named."""
    for f in items:
        nxt = f.sent.figs[f.pos + 1] if f.pos + 1 < len(f.sent.figs) else None
        if nxt is None or not nxt.is_rate or nxt.group != f.group or not _SHARE_NEXT.match(nxt.lead):
            return False
    return True


def _opens_other(f: Fig, items: list[Fig], new_group: bool) -> bool:
    """A clause that leaves the list: after a ；it opens with a figure of a measure no item has (处理1247人,
    其中处分603人；退还款物3460.8万元,惠及群众2.3万余人), or it opens with another period or a new action
    (其中5A级1家、4A级7家,本年新创4A级景区2家) that the list's first clause did not open with."""
    first = PARTS_CUE.sub("", items[0].clause, count=1) if PARTS_CUE.match(items[0].clause) else items[0].clause
    opens: list[str] = []
    # 续建项目11个…;新建项目21个: named like the items of its measure, a kind of the list, whatever verb opens it
    alike = [x for p in items if same_measure(p, f) and (x := label_of(p))]
    kind = bool(alike) and bool(label_of(f)) and parallel([*alike, label_of(f)])
    if new_group:
        head = next(g for g in f.sent.figs if g.group == f.group)
        if head.is_level and all(head.claim.unit != p.claim.unit for p in items):
            return True
        # ；截至11月底,398件建议已全部答复: the words that open the group, before its first clause mark
        opens.append(GROUP_MARK.split(head.lead)[-1].lstrip(" ,，"))
        group_open = opens[-1]
        if NEW_VERB.match(group_open) and not NEW_VERB.match(first) and not kind:
            return True  # 其中水田1.3万亩；实施高标准农田建设186万亩: what else was done
    if f.group != items[0].group or CLAUSE_BREAK.search(f.lead):
        opens.append(f.clause)
        if (
            NEW_VERB.match(f.clause)
            and not NEW_VERB.match(first)
            and not sibling([label_of(p) for p in items], label_of(f))
        ):
            return True  # 其中青铜器修复97件、书画修复142件,完成数字化采集2.1万件: what else was done
    # 其中一次性收入不足1亿元,今年收入预期按增长5%安排,为27.7亿元: a clause between that turns to another period
    # or to a plan leaves the list, whatever figure stands between
    gap = f.sent.between(items[-1].claim.end, f.claim.start)
    opens += [x.lstrip(" ") for x in CLAUSE_BREAK.split(gap)[1:]]
    if any(_PLANNED.search(x) for x in opens) and not _PLANNED.search(first):
        return True
    cues = (NEW_PERIOD,) if kind else (NEW_PERIOD, NEW_ACTION)
    return any(cue.match(x) and not cue.match(first) for x in opens for cue in cues)


_PLANNED = regex.compile(r"预期|预计|计划|力争|目标|拟")


def _outcome(f: Fig, items: list[Fig]) -> bool:
    """An item stated as done (审结, 办结) after kinds that are not, in a list of what was taken in (受理)."""
    if not STATUS_DONE.search(f.clause) or any(STATUS_DONE.search(p.clause) for p in items):
        return False
    return any(STATUS_TOTAL.search(w.clause) for w in f.sent.figs[: items[0].pos] if w.is_part)


_OPENS_DETAILS = regex.compile(r"(?:具体|分别)?(?:为|是|如下)\s*[:：]\s*\n")
# 基本支出9,856.73万元。其中:⏎人员经费8,912.40万元,…⏎公用经费944.33万元: a list set out a line per item
_LINES_LISTED = regex.compile(r"其中\s*[:：]\s*\n")

def _crosses(f: Fig, prev: Sentence) -> bool:
    """A figure named for a group that cuts across the kinds the sentence before lists (随迁子女 after 小学, 初中),
    while none of those kinds is so named."""
    m = CROSS_CUTTING.search(label_of(f))
    return m is not None and not any(m.group() in label_of(g) for g in prev.figs)


def _intake_beside(w: Fig, prev: Sentence | None = None) -> Fig | None:
    """受理鉴定委托21864件,完成鉴定20937件: the intake stated before a figure of what was done of it, in its
    sentence and measure, or closing `prev`, the sentence before, when the figure opens its own."""
    if not _DONE_WORD.match(w.clause.lstrip(",，、;； ")):
        return None
    before = list(reversed(w.sent.figs[: w.pos]))
    if w.pos == 0 and w.sent.joined and prev is not None and prev.index == w.sent.index - 1:
        before = list(reversed(prev.figs))  # 受理投诉6824件,…。办结6512件,…按投诉性质分: the sentence before
    return next(
        (
            f
            for f in before
            if f.is_level and same_measure(f, w) and f.claim.value > w.claim.value and INTAKE.search(label_of(f))
        ),
        None,
    )


_DONE_WORD = regex.compile(r"^(?:全年|共|累计)?(?:已)?(?:完成|办结|审结|结案|执结|审执结|处理)")


def _holds_any(t: Sentence, figs: Sequence[Fig]) -> bool:
    """Whether a figure of `t` can be the whole of some of `figs`: of their measure, and no smaller."""
    return any(same_measure(w, f) and w.claim.value >= f.claim.value for w in t.parts for f in figs)


def _before(doc: Doc, t: Sentence) -> Sentence | None:
    """The sentence right before `t` in its paragraph, if any."""
    u = doc.sentences[t.index - 1] if t.index else None
    return u if u is not None and u.para == t.para and u.section == t.section and u.block == t.block else None


def _in_paren(text: str, i: int) -> bool:
    head = text[:i]
    return head.count("(") + head.count("（") > head.count(")") + head.count("）")


def _cue_lists(doc: Doc) -> list[Breakdown]:
    """其中 / 包括 / 分别为 lists, with their whole in the same sentence or in the sentences before."""
    out: list[Breakdown] = []
    opened: dict[Fig, dict[int, list[Fig]]] = {}  # whole → parts per block, when the whole is earlier
    cue_of: dict[Fig, str] = {}
    block_cue: dict[int, str] = {}  # the cue of each block, by its id
    context: dict[Sentence, list[Sentence]] = {}  # list and continuation sentences → where their wholes are
    follow = 0  # continuation sentences still allowed for the last opening block
    skipped: set[tuple[int, int]] = set()  # (whole's, kinds') sentences: kinds reached past a sentence between
    doubtful: set[Fig] = set()  # wholes read as the intake where what was done of it stands beside
    block_id = 0
    prev: Sentence | None = None
    for s in doc.sentences:
        if prev is not None and (prev.section != s.section or prev.block != s.block):
            prev, follow = None, 0  # a heading between: what follows is about something else
        blocks = _blocks(s)
        if blocks and not any(b.figs for b in blocks):
            blocks = []  # 公用经费944.33万元,主要包括:办公费、印刷费…: a cue that lists words, no figures
        if (
            not blocks
            and prev in context
            and _indented_row(s)
            and (_indented_row(prev) or prev.text.startswith("其中"))  # 其中:利息净收入 … /　　非利息净收入 …
            and _set_under(s, context[prev])
        ):
            # a table's 其中 row and the rows set in under it (  其中：城镇 30.64 /         乡村 21.74): one list
            _collect(context[prev], s.figs, opened, cue_of, block_id, "其中", strict=False)
            context[s] = context[prev]
            prev = s
            continue
        if not blocks:
            # a sentence right after a listed part, in the same paragraph, may go on about that part
            # (其中普通小学49所。小学共有专任教师3150人。): only figures named like a whole are taken
            if (
                follow
                and (s.joined or _LINES_LISTED.search(prev.text) is not None)
                and prev in context
                and not NEW_PERIOD.match(s.text)  # 全年户籍人口迁入8642人: another period's flow, no part
                and not _CHECKED_OPENS.match(s.text)  # 经核查,有效举报4615件: what checking found of them all
                and not SCOPE_OPEN.match(s.text)  # 签约项目中外资项目11个: a sentence on a scope of its own
                # 审结的11904件中,刑事案件986件…: a sentence that names its own whole lists parts of that
                and not any(BASE_OF_FOLLOWING.match(f.tail) for f in s.figs)
                # 节后返程高峰日…当日发送旅客B: a figure of one day is no further kind of the list's whole
                and _collect(
                    context[prev],
                    # 随迁子女在校生48.6万人 after 小学在校生A,初中在校生B: a group across the kinds, none of them
                    # 引进世界500强…项目共8个 after 工业项目A,服务业项目B,农业项目C: a total of its own, no kind
                    [
                        f
                        for f in s.figs
                        if not ONE_DAY.search(f.clause)
                        and not _crosses(f, prev)
                        and not _OWN_TOTAL.search(f.clause)
                        # 基金申报138项、获批27项 after a list of projects: what became of an intake, no kind
                        and not (f.pos and outcome_of(f, s.figs[f.pos - 1]))
                        # 对基本公共卫生服务、家庭医生签约服务两个项目开展评价: a tally of things just named
                        and not _tallies_names(f)
                    ],
                    opened,
                    cue_of,
                    block_id,
                    "其中",
                    # a line under 其中: is an item of its list however it is named; a sentence after one only
                    # when named like a whole
                    strict=not (_LINES_LISTED.search(prev.text) and (s.gap or "").endswith("\n")),
                )
            ):
                context[s] = context[prev]
                follow -= 1
            else:
                follow = 0
            prev = s
            continue
        for blk in blocks:
            # 完成年度目标任务5000套的116.4%,其中新建…: a target stated for a rate holds no parts of what was done
            wholes = [f for f in s.parts + _averages(s) if f.claim.start < blk.start and not _target_of_rate(f)]
            # 从学历结构看,研究生学历教师289名;从职称结构看,高级职称768名: a dimension after another breaks down
            # the same whole, never a kind of the other
            first_by = next((b.start for b in blocks if b.cue in _BY_CUES and b.start < blk.start), None)
            at_start = blk.at_start
            if blk.cue in _BY_CUES and first_by is not None:
                wholes = [f for f in wholes if f.claim.start < first_by]
                at_start = at_start or not wholes
            if not at_start:
                if (
                    blk.cue.startswith("分别")
                    and not _SPLIT_INTO.search(s.text[: blk.start - s.start])
                    and not _split_after(s, blk)
                    # 营业收入58.73亿元,工程建设、房地产开发…四个板块分别贡献A、B…: the kinds told, then their figures
                    and not _kinds_told(CLAUSE_BREAK.split(s.text[: blk.start - s.start])[-1])
                    and not _named_after_colon(s, blk)
                ):
                    # 城乡居民收入分别达到A、B: "respectively", not a list of parts; but 志愿者3862名,分为青少年、
                    # 社区、专业救护三类,分别为A、B、C: the kinds the whole is split into
                    continue
                if blk.cue in _BY_CUES and SCOPE_OPEN.match(s.text):
                    continue  # 医院中,公立41个,民营57个;按等级分,三级9个…: of the scope's whole, not of a kind before
                if blk.cue == _OF_EACH:
                    out.extend(_of_each(s, blk))
                    continue
                opens = _OPENS_ON_NAME.match(s.text) if blk.cue in (_RESPECTIVE, "包括") else None
                if opens is not None and not any(same_measure(w, blk.figs[0]) for w in wholes):
                    # 基金支出4.31亿元。基金支出包括住院、门诊、大病保险三项,分别为A、B和C: the sentence opens on the
                    # name of its whole, stated before
                    name = clean_label(opens["name"])
                    named_whole = _scoped_whole(doc, s, name) or _ending_in(doc, s, name, blk.figs)
                    if named_whole is not None and all(same_measure(named_whole, f) for f in blk.figs):
                        out.append(_make_list(named_whole, blk.figs, blk.cue, names=blk.names))
                        continue
                by_whole: dict[Fig, list[Fig]] = {}
                for f in _before_twin(blk.figs, wholes):
                    fit = [w for w in wholes if same_measure(w, f) and (w.is_part or component(f, w))]
                    # 上述3个…,其余11个…,其中4个: no whole further back than the nearest that is smaller than the part
                    # (移送14起,其中…19起: the nearest is tied to the list, a part that outgrows it an error to show)
                    fit = [
                        w
                        for w in fit
                        if w is fit[-1] or w.claim.unit != f.claim.unit or w.claim.value >= f.claim.value
                    ]
                    if fit and f.claim.value > fit[-1].claim.value and _places(fit[-1]) and not _places(f):
                        # 全市六个县(市、区)均已…,其中…示范门诊的有27个: the places are no whole of other things
                        fit = fit[:-1]
                    if fit and f.claim.value > fit[-1].claim.value and _EXAMPLES_COUNTED.search(fit[-1].clause):
                        # 专业78个,覆盖经济学、法学…等9个学科门类,其中工学专业31个: the kinds named by example are
                        # counted, no whole of the things listed after
                        fit = fit[:-1]
                    if fit and f.claim.value > fit[-1].claim.value and _sibling_before(fit[-1], fit):
                        # 机构86家…。按类型分,国有61家,民营25家；其中,纳入…体系的58家: a part that outgrows the last
                        # of a run of kinds is of the whole they are kinds of
                        fit = [w for w in fit if w.claim.value >= f.claim.value] or fit
                    # 社工十一名,每名社工联系帮扶十五至二十名吸毒人员,…对其中…的二十六人: the 其中 is of the people
                    # the span between counts, not of the whole before it
                    fit = [w for w in fit if not _span_between(s, w, f)]
                    # 贷款余额2679.53亿元,较年初增加171.06亿元…;从机构看,县级农商行新增贷款52.7亿元: new loans are no
                    # kind of the balance
                    fit = [w for w in fit if not _flow_of_stock(w, f)]
                    w = _right_before(s, blk, fit, f) or _pick_whole(fit, f, nearest=True)
                    if w is not None:
                        by_whole.setdefault(w, []).append(f)
                out.extend(
                    _make_list(w, parts, blk.cue, plus=_run_before(w), names=blk.names) for w, parts in by_whole.items()
                )
                continue
            if prev is not None and table_line(s) and table_line(prev) and blk.cue in ("其中", "包括"):
                # 业务活动成本 | 5,483.20 | 4,926.51 ⏎ 其中:公益项目支出 | 5,301.47 | 4,760.33: each cell is a part of
                # the cell above it, column by column
                above = [f for f in prev.figs if f.is_level]
                if len(above) == len(blk.figs) >= 2 and all(
                    same_measure(a, c) for a, c in zip(above, blk.figs, strict=True)
                ):
                    out.extend(Breakdown(a, (c,), "其中", False, True) for a, c in zip(above, blk.figs, strict=True))
                    continue
                own = [f for f in s.figs if f.is_level]
                if len(above) == len(own) and any(more := _flush_rows(doc, s, above, own)):
                    # 飞机起降架次(架次) | 215,384 | 198,726 ⏎ 其中:国内航线 | 189,912 | 179,331 ⏎ 国际及地区航线 | …
                    cols = zip(above, own, more, strict=True)
                    out.extend(Breakdown(a, (c, *m), "其中", True, True) for a, c, m in cols)
                    continue
            head = _row_head(doc, s) if _indented_row(s) else None
            if head is not None:  # a 其中 row set in under a table's row: a list of that row, not of the row above
                context[s] = [head]
                block_id += 1
                block_cue[block_id] = blk.cue
                _collect(context[s], blk.figs, opened, cue_of, block_id, blk.cue, strict=False)
                continue
            scope = _scope_name(s, blk)
            tight = _tight_scope(s, blk) if scope is None else None
            if tight is not None and _scoped_whole(doc, s, tight) is not None:
                scope = tight  # 从产业分布看,新设企业中第三产业5812户: the whole named right before the first kind
            # 从主要财产险公司看,…: the holders of the kind a figure stated before is named by
            held = _holders_whole(doc, s, blk) if scope is None and blk.cue in _BY_CUES else None
            if scope is not None or held is not None:
                # 从年龄构成看,年末常住人口中,0-14岁人口…: the list names its whole, wherever that was stated
                w = _scoped_whole(doc, s, scope) if scope is not None else held
                if w is not None:
                    block_id += 1
                    block_cue[block_id] = blk.cue
                    parts = [f for f in blk.figs if same_measure(f, w) and not TOTAL_AFTER.search(f.clause)]
                    opened.setdefault(w, {})[block_id] = parts
                    cue_of.setdefault(w, blk.cue)
                    context[s] = [w.sent]
                    follow = 2
                continue
            if prev is None:
                continue
            if blk.cue in _BY_CUES and prev not in context and not s.joined:
                continue  # 按经营地分: a breakdown of what the sentence right before it states
            if table_line(prev) and not table_line(s):
                continue  # …结转下年度继续办理 | 9 ⏎ 其中,…合计119件: prose under a table, no row of it
            named = _respective_head(s, blk) if blk.cue.startswith("分别") else blk.measure
            if named is None:
                continue  # 城乡低保标准分别提高到780元和560元: rates per head are never added up
            # 共有…4,826个…。全年新成立312个,注销登记175个。按登记管理机关分,…: a dimension breaks down the stock
            # before the year's flows, when the sentence right before states only flows; nor is a class by a
            # bound (二级及以上公路里程…。按行政等级分,国道…) what a dimension breaks down
            # (全年新能源汽车新增15.20万辆: the flow word may close the name)
            flows = bool(prev.parts) and all(
                FLOW_OR_GOAL.match(label_of(w))
                or _FLOW_END.search(label_of(w))
                # 已完工43个…;尚在施工的3个: what became of the things counted before, no stock of its own
                or (blk.cue in _BY_CUES and _STATE_LABEL.search(label_of(w)) is not None)
                or (blk.cue in _BY_CUES and BOUND_CLASS.search(label_of(w)))
                for w in prev.parts
            )
            by_prev = blk.cue in _BY_CUES and not flows
            context[s] = context.get(prev) or ([prev] if by_prev else _paragraph(doc, prev, context))
            if blk.cue in _BY_CUES and prev in context and _holders_of(prev, s):
                context[s] = [prev]  # 其中,财产险保费收入A…。从主要财产险公司看,…: the holders of that listed kind
            if blk.cue in _BY_CUES and prev in context and _names_its_kinds(prev, blk.figs):
                # 其中,快递业务收入52.38亿元…。分业务类型看,同城快递业务收入6.05亿元…: kinds that bear the listed item's
                # name are its kinds, not more kinds of the whole it was listed of
                context[s] = [prev]
            if by_prev and context[s] == [prev] and not _holds_any(prev, blk.figs) and (pp := _before(doc, prev)):
                # 客运量5.62亿人次…。最高日客运量…228.37万人次…。按进站和换乘划分,…: a sentence between that holds no
                # figure the kinds could be of leaves the whole before it
                context[s] = [pp]
                skipped.add((pp.index, s.index))
                if pp in context and opens_by_dimension(pp):
                    # 从立案方式看,…。当场立案率…。从案件类型看,…: a dimension after another, past a sentence of
                    # rates, breaks down the same whole
                    context[s] = context[pp]
            block_id += 1
            block_cue[block_id] = blk.cue
            follow = 2
            # a sentence without figures before the list may be what it lists: the whole must be named
            _collect(
                context[s],
                blk.figs,
                opened,
                cue_of,
                block_id,
                blk.cue,
                strict=s.unseen,
                named=named,
                doubtful=doubtful,
                doc=doc,
            )
        prev = s
    for w, blocks in opened.items():
        lists = list(blocks.values())
        # 其中大年初一单日票房A。从影片看,前三的影片合计票房B: a part by another dimension is no sibling of A
        alike_cues = len({block_cue.get(b) in _BY_CUES for b in blocks}) == 1
        by_dimensions = all(block_cue.get(b) in _BY_CUES for b in blocks)  # 从学历…看 A;从职称…看 B: no siblings
        if len(lists) > 1 and alike_cues and not by_dimensions and all(len(x) == 1 for x in lists):
            # 其中普通小学49所… 其中普通初中28所: one part from each block, siblings of one whole
            out.append(_make_list(w, [x[0] for x in lists], cue_of[w], siblings=True))
        else:
            # 从全年情况看,受理1000件: one figure after a dimension is no breakdown by it, unless a share follows
            # it and the whole is the one figure of its sentence (专任教师3215名。从学历结构看,研究生…289名,占9.0%)
            alone = [f for f in w.sent.figs if f.is_level and not f.is_baseline] == [w]
            out.extend(
                _make_list(w, parts, cue_of[w])
                for parts in lists
                if len(parts) > 1 or cue_of[w] not in _BY_CUES or (alone and has_bare_share(parts[0]))
            )
    # a whole reached past a sentence is no sure whole: a list that misses it says nothing
    return [
        replace(b, firm=False)
        if b.whole is not None and ((b.whole.sent.index, b.parts[0].sent.index) in skipped or b.whole in doubtful)
        else b
        for b in out
    ]


_PRICE_CHANGE_SCOPE = regex.compile(
    r"^\s*的?[^,，;；。\d]{0,8}?(?:同比|环比)?(?P<way>涨幅|降幅|上涨|下降|变动)中"  # 1.6%的CPI涨幅中
    r"|^\s*[,，]\s*其中(?=[^,，;；。\d]{0,6}翘尾)"  # CPI上涨1.6%,其中翘尾因素影响…: the way said before the figure
)
_PRICE_WAY_BEFORE = regex.compile(r"(?P<way>上涨|下降|涨幅|降幅)(?:为|达|了)?\s*$")


def _price_factors(doc: Doc) -> list[Breakdown]:
    """在8月份0.9%的同比涨幅中,翘尾影响约为0.1个百分点,新涨价影响约为0.8个百分点: a price index's change is what
    last year's prices carry over (翘尾) and what the new rises add (新涨价), each signed as its words say."""
    out = []
    for s in doc.sentences:
        if "翘尾" not in s.text or "新涨价" not in s.text:
            continue
        for w in s.figs:
            m = _PRICE_CHANGE_SCOPE.match(w.tail)
            if m is None or w.claim.unit != "%":
                continue
            after = s.figs[w.pos + 1 :]
            factors = [next((f for f in after if any(k in n for n in f.names if n)), None) for k in lx.PRICE_FACTORS]
            if None in factors or len(set(factors)) != 2:
                break
            way = m.group("way") or ((before := _PRICE_WAY_BEFORE.search(w.clause)) and before.group("way"))
            if not way:
                continue
            falls = way in ("降幅", "下降")
            down = [f for f in factors if f is not None and f.claim.direction == "decrease"]
            up = [f for f in factors if f is not None and f not in down]
            parts, minus = (down, up) if falls else (up, down)
            if parts:
                out.append(Breakdown(w, tuple(parts), "factors", True, True, minus=tuple(minus)))
            break
    return out


def _outgrows(f: Fig, w: Fig) -> bool:
    """Whether `f` is larger than `w`, a figure in the same measure word."""
    return f.claim.unit == w.claim.unit and same_measure(f, w) and f.claim.value > w.claim.value


def _outgrown_by(w: Fig, figs: Sequence[Fig]) -> bool:
    """Whether most of the figures of `w`'s unit listed are larger than it."""
    own = [f for f in figs if f.is_part and f.claim.unit == w.claim.unit]
    return 2 * sum(f.claim.value > w.claim.value for f in own) > len(own)


def _cut_after(parts: list[Fig]) -> bool:
    """Whether the clause group right after the last item opens on one more figure of its measure."""
    last = parts[-1]
    nxt = next((f for f in last.sent.figs[last.pos + 1 :] if f.is_level), None)
    return nxt is not None and nxt.is_part and nxt.group == last.group + 1 and same_measure(nxt, last)


def _of_each(s: Sentence, blk: _Block) -> list[Breakdown]:
    """建议86件、提案112件,其中主办件分别为54件和69件: the k-th figure is a part of the k-th whole before the cue."""
    wholes = [w for w in s.parts if w.claim.start < blk.start and same_measure(w, blk.figs[0])][-len(blk.figs) :]
    if len(wholes) != len(blk.figs) or not all(same_measure(w, f) for w, f in zip(wholes, blk.figs, strict=True)):
        return []
    return [Breakdown(w, (f,), "其中", False, True) for w, f in zip(wholes, blk.figs, strict=True)]


_ROW_REACH = 30  # rows looked up for the head of rows set in under it


def _indented_row(s: Sentence | None) -> bool:
    """A sentence that is a row of a table laid out as text, set in from the line's start."""
    return (
        s is not None
        and s.gap is not None
        and s.gap.endswith("\n")
        and s.text[:1] in " \t\u3000"
        and _has_cells(s.text)
    )


def _has_cells(text: str) -> bool:
    """Whether a line holds cells set apart by tabs, runs of spaces or bars."""
    return bool(CELL_SEP.search(text.strip())) or "|" in text


def _set_under(s: Sentence, wholes: list[Sentence]) -> bool:
    """Whether a table row stands under the row its list's whole is on: set in further. A row set in as far as
    that row (粮食 78.62 / 其中：夏粮 39.15 / 秋粮 39.47 / 油料 2.96) is its sibling and ends the list."""
    head = wholes[-1]
    is_row = head.gap is not None and head.gap.endswith("\n") and bool(CELL_SEP.search(head.text.strip()))
    return not is_row or _indent(s) > _indent(head)


def _indent(s: Sentence) -> int:
    return len(s.text) - len(s.text.lstrip(" \t\u3000"))


def _row_head(doc: Doc, s: Sentence) -> Sentence | None:
    """The row a set-in row stands under: the nearest row above it that is set in less."""
    depth = _indent(s)
    for t in reversed(doc.sentences[max(0, s.index - _ROW_REACH) : s.index]):
        if t.gap is None or not t.gap.endswith("\n") or not _has_cells(t.text):
            return None  # no row: the table ends above
        if _indent(t) < depth:
            return t
    return None


_FLOW_END = regex.compile(rf"(?:{alternation(lx.FLOW_OR_GOAL)})$")
_SCOPE_IN = regex.compile(r"(?:^|[,，:：])\s*(?:在|从)?(?P<name>\p{Han}{2,12}?)(?:之)?中\s*[,，:：]")
_SCOPE_REACH = 12  # sentences looked back for the whole a list names


def _scope_name(s: Sentence, blk: _Block) -> str | None:
    """The whole a list opening its sentence names after its cue (从年龄构成看,年末常住人口中,…): 常住人口."""
    return _named_scope(s, blk, _SCOPE_IN.search)


def _named_scope(s: Sentence, blk: _Block, find: Callable[[str, int], regex.Match[str] | None]) -> str | None:
    """The name `find` reads in the words before a list's first figure, after its cue."""
    if not blk.figs:
        return None
    head = s.text[blk.start - s.start : blk.figs[0].claim.start - s.start]
    m = PARTS_CUE.match(head)
    m2 = find(head, m.end() if m else 0)
    return clean_label(m2.group("name")) if m2 else None


# 已完工, 尚在施工的, 已办结: the state some of the things counted before are in
_STATE_LABEL = regex.compile(r"^(?:已|累计)?(?:完工|竣工|建成|办结|审结|投用|开工)|尚在|正在|尚未|在建|施工中?的?$")
_OPENS_ON_NAME = regex.compile(r"^\s*(?P<name>\p{Han}{2,12}?)(?:主要)?(?:包括|包含)")
_SCOPE_TIGHT = regex.compile(r"[,，:：]\s*(?:在|从)?(?P<name>\p{Han}{3,12}?)中(?=\p{Han})")


def _tight_scope(s: Sentence, blk: _Block) -> str | None:
    """The whole a list names right before its first kind, with no mark between (新设企业中第三产业): 新设企业."""
    return _named_scope(s, blk, _SCOPE_TIGHT.match)


def _scoped_whole(doc: Doc, s: Sentence, name: str) -> Fig | None:
    """The nearest figure before `s` in its section named exactly `name` (常住人口 of 年末全县常住人口)."""
    c = core(name)
    if len(c) < 2:
        return None
    for t in reversed(doc.sentences[max(0, s.index - _SCOPE_REACH) : s.index]):
        if t.section != s.section:
            break
        for w in reversed(t.parts):
            # its own label (城镇常住人口 may bear 常住人口 as its subject), with no member of a series before it
            own = label_of(w)
            if own == name or (core(own) == c and not SERIES_WORD.search(own[: len(own) - len(c)])):
                return w
            # 新设市场主体中 of 一季度全县新设立市场主体: the name said again one word shorter
            if len(name) >= 4 and _one_more(own[-len(name) - 1 :], name) and not SERIES_WORD.search(own):
                return w
    return None


def _ending_in(doc: Doc, s: Sentence, name: str, parts: Sequence[Fig]) -> Fig | None:
    """The figure of the sentence right before `s` whose name ends with `name` (职工医保基金支出 for 基金支出), of the
    parts' measure."""
    if not s.index or len(name) < 3:
        return None
    prev = doc.sentences[s.index - 1]
    if prev.section != s.section:
        return None
    got = [w for w in prev.parts if label_of(w).endswith(name) and all(same_measure(w, p) for p in parts)]
    return got[-1] if len(got) == 1 else None


def _one_more(longer: str, name: str) -> bool:
    """`longer` is `name` with one character put inside it (新设立市场主体, 新设市场主体), not at either end."""
    return len(longer) == len(name) + 1 and any(
        longer[:i] == name[:i] and longer[i + 1 :] == name[i:] for i in range(1, len(name))
    )


def _twin(whole: str, own: str) -> bool:
    """Two names built alike from one verb and one measure word: 受理行政案件 of (公安机关)受理刑事案件."""
    if len(own) < 4:
        return False
    i = whole.find(own[:2])
    rest = whole[i:] if i >= 0 else ""
    return len(rest) >= 4 and rest != own and rest[-2:] == own[-2:]


def _counterpart(whole: str, own: str) -> bool:
    """Two names that differ only in their last word (政府性基金预算收入, 政府性基金预算支出): one measure's two
    sides or two stages, neither a part of the other."""
    n = next((k for k, (a, b) in enumerate(zip(whole, own, strict=False)) if a != b), min(len(whole), len(own)))
    return n >= 4 and 0 < len(whole) - n <= 3 and 0 < len(own) - n <= 3


def _before_twin(figs: list[Fig], wholes: list[Fig]) -> list[Fig]:
    """A list's items up to one after a ；that is named like a figure before the list: a sibling of that figure
    (受理刑事案件1.27万起,…其中…；受理行政案件4.38万起), not one of its parts."""
    for k, f in enumerate(figs):
        if k and f.group != figs[k - 1].group and any(_twin(label_of(w), label_of(f)) for w in wholes):
            return figs[:k]
        names = [n for w in wholes for n in w.names if n]
        if k and f.group != figs[k - 1].group and any(_counterpart(n, label_of(f)) for n in names):
            return figs[:k]  # 基金预算收入A,其中…；基金预算支出B: the other side of the whole, no part of it
    return figs


def _averages(s: Sentence) -> list[Fig]:
    """The averages a sentence states (人均可支配收入23846元): wholes of their components only."""
    return [
        f
        for f in s.figs
        if f.is_level and not f.is_part and AVERAGE.search("\n".join(f.names)) and not f.paren and not f.is_baseline
    ]


def _paragraph(doc: Doc, s: Sentence, context: dict[Sentence, list[Sentence]]) -> list[Sentence]:
    """The sentences a list that opens the next sentence may be about: `s` and up to two before it in
    its paragraph."""
    out = [s]
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if t.section != s.section or t.block != s.block or t.para != s.para or t in context:
            break
        out.insert(0, t)
    return out


def _names_its_kinds(s: Sentence, figs: Sequence[Fig]) -> bool:
    """Whether the one item `s` lists has a name (of three characters or more) that each of `figs` bears."""
    items = [f for f in s.parts if f.is_level]
    name = items[0].claim.subject or "" if len(items) == 1 else ""
    kinds = [f for f in figs if f.is_part]
    return len(name) >= 3 and len(kinds) >= 2 and all(any(name in n for n in f.names if n) for f in kinds)


def _collect(
    sents: list[Sentence],
    figs: Sequence[Fig],
    opened: dict[Fig, dict[int, list[Fig]]],
    cue_of: dict[Fig, str],
    block: int,
    cue: str,
    *,
    strict: bool,
    named: str = "",
    doubtful: set[Fig] | None = None,
    doc: Doc | None = None,
) -> int:
    """Add each figure to the part list of the whole it belongs to; how many were added. With `named`, the
    words a 分别 list opens with, a whole of another sentence must be named alike."""
    # 为年初预算123.27亿元的102.6%: a target stated for a rate is no whole of figures that follow
    cands = [w for t in sents for w in t.parts + _averages(t) if not _target_of_rate(w)]
    if cue in _BY_CUES:
        # 12时至18时发生火灾487起,占全年的32.8%。从原因看,电气火灾619起: a figure with a share of its own is a kind of
        # another dimension, no whole of this one
        cands = [w for w in cands if not (_shared_alike([w]) and opens_by_dimension(w.sent))]
    # 新增15.20万辆。从车型看,纯电动汽车45.00万辆…,插电式14.80万辆: a figure before that one kind of a dimension
    # outgrows is the whole of none of them (kinds that outgrow it only together may hold a slip to show)
    outgrown = {
        w
        for w in cands
        if cue in _BY_CUES and any(f.is_part and f.sent is not w.sent and _outgrows(f, w) for f in figs)
    }
    if named:
        cands = [w for w in cands if w.sent is (figs[0].sent if figs else None) or names_match(named, w)]
    if cue in _BY_CUES and figs and (way := _DIMENSION_OF_DEED.match(figs[0].sent.text)) is not None:
        # 提取费用4.18亿元,实际使用3.96亿元。从使用方向看,…: the kinds of the one figure whose deed the dimension names
        said = [w for w in cands if way["deed"] in w.label and same_measure(w, figs[0])]
        if len(said) == 1:
            cands = [w for w in cands if w is said[0] or not same_measure(w, figs[0])]
    if cue in _BY_CUES and figs and (held := _DIMENSION_OF_HOLDERS.match(figs[0].sent.text)) is not None:
        # 保费收入79.91亿元,其中财产险18.64亿元…。从主要财产险公司看,…: the kinds of the one figure the holders' name
        # opens with
        said = [w for w in cands if label_of(w).startswith(held["kind"]) and same_measure(w, figs[0])]
        if len(said) == 1:
            cands = [w for w in cands if w is said[0] or not same_measure(w, figs[0])]
    picked: list[tuple[Fig, Fig]] = []
    listed = {p for blocks in opened.values() for parts in blocks.values() for p in parts}
    for f in figs:
        per_head = not f.is_part and f in _averages(f.sent)  # 人均工资性收入: a component of an average, maybe
        total = TOTAL_AFTER.search(f.clause) and not _JOINT_KINDS.fullmatch(f.clause)  # not 生活和公共用水合计
        added = ADDED_TO.search(f.clause) or (strict and ADDED_TO.match(f.sent.text.lstrip()))
        if not (f.is_part or per_head) or total or added or aggregate(f):
            continue  # 收入总计523.6亿元 / 加上上级补助收入168.3亿元 / 非化石能源装机: a total or an addition
            # (加上上年结转的9件,本年度应办理申请222件: a sentence that opens by adding goes on about a sum)
        fit = [w for w in cands if same_measure(w, f) and ((w.is_part and not per_head) or component(f, w))]
        # 网络司法拍卖成交52件。从执结案件类型看,…分别为340件、268件: a figure of a sentence before that the part alone
        # outgrows is no whole of it
        # (a 其中 list that opens on the whole's sentence is tied to it: a part that outgrows it is an error to show)
        # (a 分别 list that most of its parts do not outgrow: the one that does may be a slip, which its sum shows)
        if cue in _BY_CUES:
            fit = [w for w in fit if w.sent is f.sent or w.claim.unit != f.claim.unit or w.claim.value >= f.claim.value]
        elif cue not in ("其中", "包括", "包含"):
            fit = [w for w in fit if w.sent is f.sent or w.claim.unit != f.claim.unit or not _outgrown_by(w, figs)]
        # 市经济开发区和滨江产业园两个主平台: a tally of the things just named is no whole of a part it is smaller than
        fit = [w for w in fit if not (_tallies_names(w) and w.claim.value < f.claim.value)]
        inner = [w for w in fit if w in listed or PARTS_CUE.match(w.clause) or _listed_in_group(w) or _in_scope(w)]
        if cue in _BY_CUES and len(inner) < len(fit):
            # 零售总额586.74亿元;其中,5月份121.39亿元。按经营单位所在地分,城镇…: a dimension breaks down the whole,
            # not an item listed under it
            fit = [w for w in fit if w not in inner]
        totals = [w for w in fit if _adds_earlier(w.sent, w)] if cue in _BY_CUES else []
        if totals:
            # 专利转让4915次,许可备案974次,两项合计5862次。从转让方看,…: a dimension breaks down the total the text
            # adds up, not one of the items it adds
            fit = totals[-1:]
        w = _pick_whole(
            fit, f, nearest=False, strict=strict, recent=sents[-1], echo=cue == "其中", by_dimension=cue in _BY_CUES
        )
        echoed = any(names_match(n, c) for c in fit for n in f.names if n)
        if w is None and not strict and not echoed and inner and len(inner) < len(fit):
            # 吞吐量5836万吨,其中外贸1274万吨。分货类看,煤炭…: when no name says which, an item of a list before is
            # no whole of the next list
            outer = [w for w in fit if w not in inner]
            w = _pick_whole(outer, f, nearest=False, strict=strict, recent=sents[-1])
        if w in outgrown:
            continue
        prev = doc.sentences[w.sent.index - 1] if doc is not None and w is not None and w.sent.index else None
        if w is not None and cue in _BY_CUES and (intake := _intake_beside(w, prev)) is not None:
            # 受理鉴定委托21864件,完成鉴定20937件。从鉴定类别看,…: kinds of what came in, maybe of what was done
            w = intake
            if doubtful is not None:
                doubtful.add(w)
        if w is not None and strict and complete_series(opened.get(w, {}).get(block, [])):
            continue  # 男性A,女性B. …: the series is complete, a figure after it is no member of it
        if w is not None and w.claim.value == f.claim.value and label_of(w) == label_of(f):
            continue  # 反对805,340股 … 其中,中小投资者:…反对805,340股: the whole said again of a group, no part
        if (
            w is not None
            and strict
            and f.sent is not w.sent
            and f.claim.subject == w.claim.subject
            and _ADDED_SINCE.search(f.clause)
        ):
            continue  # 新能源装机2486.3万千瓦,其中…。四年间累计新增新能源装机1200余万千瓦: what the whole gained
        if w is not None:
            picked.append((f, w))
    wholes = {w for _, w in picked}
    last = next((w for w in wholes if w.sent is sents[-1]), None)
    if not strict and len(wholes) > 1 and last is not None and has_rest_item([f for f, _ in picked]):
        # 申请23件…。办结22件。其中,予以公开9件,…,其他处理1件: a list that names the rest is of one whole, the
        # one stated right before it, however some of its items echo another
        picked = [(f, last) for f, _ in picked if same_measure(f, last)]
    for f, w in picked:
        opened.setdefault(w, {}).setdefault(block, []).append(f)
        cue_of.setdefault(w, cue)
    return len(picked)


# 从使用方向看, 按支出用途分: a dimension named by a deed (使用, 支出) and what it is split by
_DIMENSION_OF_DEED = regex.compile(
    rf"^\s*(?:从|按)(?P<deed>{alternation(lx.DIMENSION_DEEDS)})(?:方向|用途|去向|领域|类型|类别|结构|方式|渠道)"
    r"(?:看|分|来看)?[,，:：]"
)


# 从主要财产险公司看, 分主要商业银行看: the holders a dimension lists, named by the kind of what they hold (财产险)
_DIMENSION_OF_HOLDERS = regex.compile(
    rf"^\s*(?:从|按|分)(?:主要)?(?P<kind>\p{{Han}}{{2,6}}?)(?:{alternation(lx.HOLDER_NOUNS)})(?:看|分|来看)?[,，:：]"
)


def _holders_whole(doc: Doc, s: Sentence, blk: _Block) -> Fig | None:
    """人身险保费收入A,财产险保费收入B…。从主要财产险公司看,人保财险C…: the nearest figure of the section before
    `s` named by the kind of the holders its dimension lists (财产险), larger than each of them."""
    m = _DIMENSION_OF_HOLDERS.match(s.text)
    if m is None or not blk.figs:
        return None
    for t in reversed(doc.sentences[max(0, s.index - _SCOPE_REACH) : s.index]):
        if t.section != s.section:
            break
        for w in reversed(t.parts):
            if (
                label_of(w).startswith(m["kind"])
                and same_measure(w, blk.figs[0])
                and all(w.claim.value > f.claim.value for f in blk.figs if same_measure(f, w))
            ):
                return w
    return None


def _holders_of(prev: Sentence, s: Sentence) -> bool:
    """Whether `s` opens on a dimension of holders (从主要财产险公司看) named by the kind a figure of `prev` is of."""
    m = _DIMENSION_OF_HOLDERS.match(s.text)
    return m is not None and any(label_of(f).startswith(m["kind"]) for f in prev.parts)


def _sibling_before(w: Fig, fit: list[Fig]) -> bool:
    """国有控股机构61家,民营控股机构25家: `w` is the last of a run of kinds, a sibling of its measure before it."""
    prev = w.sent.figs[w.pos - 1] if w.pos else None
    by = opens_by_dimension(w.sent)  # not 查处268起,移送14起,其中…19起: stages, the later one tied to the 其中
    return by and prev is not None and prev in fit and same_measure(prev, w) and prev.group == w.group


def _tallies_names(f: Fig) -> bool:
    """A count right after the things it counts, each named (市经济开发区和滨江产业园两个, 甲、乙、丙三县)."""
    names = [x for x in _NAME_JOIN.split(CLAUSE_BREAK.split(f.clause)[-1]) if len(x) >= 2]
    return len(names) >= 2 and f.claim.value == len(names)


_NAME_JOIN = regex.compile(r"和|、|及|与")


def _places(f: Fig) -> bool:
    """六个县(市、区), 12个乡镇: a count of places."""
    return _PLACE_COUNTED.search(f.claim.subject or "") is not None


_PLACE_COUNTED = regex.compile(r"(?:[省市县区镇乡州]|街道|乡镇|村|社区)(?:[(（][^()（）]{1,8}[)）])?$")
_ADDED_SINCE = regex.compile(r"累计新增|累计增加|新增|净增")
_UP_END = regex.compile(r"以上$|以上(?:学历|人员|人口|年龄)")
# 30岁以下, 大专以下, and a scale that starts from nothing: 0—14岁, 0-17周岁
_DOWN_END = regex.compile(r"以下$|以下(?:学历|人员|人口|年龄)|^0\s*[—\-－~～至到]\s*\d")


def _open_ends(labels: Sequence[str]) -> bool:
    """硕士及以上…大专以下 / 30岁以下…50岁以上: a scale open at both ends leaves nothing out."""
    if len(labels) < 3:
        return False
    first, last = labels[0], labels[-1]
    return bool(
        (_UP_END.search(first) and _DOWN_END.search(last)) or (_DOWN_END.search(first) and _UP_END.search(last))
    )


def _and_the_rest(labels: Sequence[str]) -> bool:
    """学生团员A、非学生团员B: a kind and the kind that is not it leave nothing out."""
    if len(labels) != 2 or min(len(x) for x in labels) < 2:
        return False
    a, b = (core(x) for x in labels)
    return any(b == neg + a or a == neg + b for neg in ("非", "未", "不"))


def _target_of_rate(w: Fig) -> bool:
    nxt = w.sent.figs[w.pos + 1] if w.pos + 1 < len(w.sent.figs) else None
    if SET_AS_PLAN.search(w.clause):
        return True  # 收入预算调整为184亿元。全年实际完成186.42亿元。其中税收收入…: the plan holds no parts done
    if nxt is not None and nxt.is_rate and _SHARE_BASE_SAID.search(w.clause) and _SHARE_BASE_END.match(w.tail):
        return True  # 交流轮岗教师312名,占符合交流条件教师1857名的16.8%;其中…: the base of a share is no list's head
    return nxt is not None and nxt.is_rate and (pair := target_pair(w.sent, nxt)) is not None and pair[1] is w



_SHARE_BASE_SAID = regex.compile(r"(?:^|[,，])\s*(?:约)?占\p{Han}{1,16}$")
_SHARE_BASE_END = regex.compile(r"^\s*的")
# 分为青少年、社区、专业救护三类, / 划分为A、B两类: the clause right before a 分别 that splits the whole into kinds
_SPLIT_INTO = regex.compile(r"(?:^|[,，;；:：])\s*(?:共|可)?(?:分为|分成|划分为)[^,，;；。:：]{2,40}[,，]\s*$")


def _split_after(s: Sentence, blk: _Block) -> bool:
    """人身险业务赔付支出248.65亿元,分别为寿险A、健康险B、意外险C: a 分别 right after a figure, its items each
    named, of the figure's measure: the kinds the figure is split into."""
    before = [f for f in s.figs if f.claim.end <= blk.start]
    if not before or len(blk.figs) < 2 or blk.cue not in ("分别为", "分别是"):
        return False  # (就业187人,分别完成任务480人的127.5%: the bases of rates, no kinds)
    w = before[-1]
    return (
        w.is_part
        and not w.paren
        and _JUST_COMMA.fullmatch(s.between(w.claim.end, blk.start)) is not None
        and all(same_measure(f, w) and f.group == w.group and len(label_of(f)) >= 2 for f in blk.figs)
    )


_JUST_COMMA = regex.compile(r"\s*[,，]\s*")


def _respective_head(s: Sentence, blk: _Block) -> str | None:
    """The words a sentence opens with before its 分别 (城乡低保对象分别为A、B): what the list is of, which a
    whole in another sentence must name; None when they name rates per head or per unit (标准, 人均)."""
    head = CLAUSE_BREAK.split(s.text[: blk.start - s.start])[-1].strip()
    if PER_UNIT.search(head):
        return None
    if TOP_N.search(head) or head.endswith("的"):
        return ""  # 排名前三位的分别是…: the head says which, not what: the whole is the one before
    return head if LONG_HAN.search(head) else ""


def _run_before(w: Fig) -> tuple[Fig, ...]:
    """The figures of kinds stated right before the whole `w` of a 其中 list, alike with it and in its clause
    group (全年办理行政复议案件23件,行政诉讼案件17件,其中…): the list may be of all of them together."""
    return kinds_beside(w, forward=False)


def _with_bracketed(parts: list[Fig]) -> list[Fig]:
    """扫码投诉1436件,…首次超过热线转办量(1262件);来访及其他486件: a kind named with its figure in brackets, between
    two items of one sentence, is an item too."""
    if len(parts) < 2 or any(p.sent is not parts[0].sent for p in parts):
        return parts
    inside = [
        f
        for f in parts[0].sent.figs[parts[0].pos + 1 : parts[-1].pos]
        if f.paren and f.is_level and not f.is_baseline and same_measure(f, parts[0])
        and _NAMED_BRACKET.search(f.clause)
    ]
    return sorted([*parts, *inside], key=lambda f: f.index) if inside else parts


_NAMED_BRACKET = regex.compile(r"\p{Han}{2,}(?:量|数)[(（]$")


_LABELLED = regex.compile(r"\p{Han}{2}")


def _other_measures_between(parts: list[Fig]) -> bool:
    """Whether items of the same kind of figure but another measure word stand among the parts (18片 between
    64个 and 174个): the list holds them too, so the parts taken are not all of it."""
    first, last = parts[0], parts[-1]
    if first.sent is not last.sent or not all(_LABELLED.search(p.lead) for p in parts[1:]):
        return False  # 472户1,561人、455户1,498人: two lists side by side, each kind counted in both
    taken = set(parts)
    return any(
        f.is_part and f not in taken and f.claim.kind == first.claim.kind and not same_measure(f, first)
        for f in first.sent.figs[first.pos + 1 : last.pos]
    )


_BARE_SHARE_AFTER = regex.compile(r"^\s*[,，]\s*(?:约|仅)?占(?:比)?(?:为|达)?\s*$")


_DONE_CLAUSE = regex.compile(r"\s*(?:已|均已|全部|通过|完成|累计)")


def _averages_of_groups(b: Breakdown) -> bool:
    """外出务工劳动力月均收入A,其中省内务工月均收入B,省外务工月均收入C: the average of each group, which adds up to
    nothing (unlike 人均可支配收入 over 人均工资性收入, 人均经营净收入: the kinds of what is averaged)."""
    if b.whole is None:
        return False
    avg = AVERAGE.search(label_of(b.whole))
    tail = label_of(b.whole)[avg.start() :] if avg is not None else ""
    return len(tail) >= 3 and all(label_of(p).endswith(tail) for p in b.parts)


def _kind_left_off(w: Fig, parts: Sequence[Fig]) -> bool:
    """A figure of the whole's measure right after the last part, in its clause group, named with the tail the parts
    share (用水 of 居民生活用水, 非居民用水, 特种行业用水): a kind the list left off."""
    last = parts[-1]
    nxt = last.sent.figs[last.pos + 1] if last.pos + 1 < len(last.sent.figs) else None
    if nxt is None or nxt in parts or nxt.group != last.group or not nxt.is_part or not same_measure(nxt, w):
        return False
    return len(_common_tail([label_of(p) for p in (*parts, nxt)])) >= 2


def _made_up_first(b: Breakdown) -> list[Breakdown]:
    """除险加固56座,其中中型3座、小(1)型17座、小(2)型36座,…通过验收51座: the first items, in one clause group, make up
    the whole to the last digit and the list runs past it: they are all of it, and what follows is within it, no
    kind beside them."""
    w, parts = b.whole, b.parts
    if w is None or b.cue not in _KIND_CUES or len(parts) < 3 or any(p.claim.unit != w.claim.unit for p in parts):
        return [b]
    if sum((p.claim.value for p in parts), Decimal(0)) <= w.claim.value:
        return [b]
    total = Decimal(0)
    for k, p in enumerate(parts[:-1]):
        total += p.claim.value
        nxt = parts[k + 1]
        # (the next item set apart: past a ；, past a change, or a clause of what was done; 1、1、2 with one moved
        # to 3、1、2 still fails)
        apart = (
            nxt.group != p.group
            or (nxt.sent is p.sent and any(g.is_change for g in p.sent.figs[p.pos + 1 : nxt.pos]))
            or _DONE_CLAUSE.match(nxt.clause)
        )
        if k >= 1 and total == w.claim.value and p.group == parts[0].group and apart:
            made = replace(b, parts=parts[: k + 1], exhaustive=True, partition=True)
            rest = tuple(r for r in parts[k + 1 :] if r.claim.value <= w.claim.value)
            return [made, Breakdown(w, rest, b.cue, False, False)] if rest else [made]
    return [b]


def _make_list(
    w: Fig,
    parts: list[Fig],
    cue: str,
    *,
    siblings: bool = False,
    plus: tuple[Fig, ...] = (),
    names: dict[Fig, str] | None = None,
) -> Breakdown:
    """A listed breakdown: complete when it names "the rest" (其他) or a whole series (三次产业), or when
    it opens a sentence with 分别为 (结果分别为A、B、C: all the outcomes of what the sentence before counts).

    A 包括 list is often partial, so it does not close a list by itself.
    """
    parts = _kinds_of(w, _with_bracketed(parts))
    # 第二产业税收A,其中制造业B；第三产业税收C: a clause group on the whole's sibling (named like the whole, one word
    # changed) ends the list of its kinds
    parts = next(
        (
            parts[:k]
            for k, p in enumerate(parts)
            if k and p.group != parts[0].group and (_twin_of(w, p) or _beside_whole(w, parts[0], p))
        ),
        parts,
    )
    if _BARE_SHARE_AFTER.match(w.tail):
        # 3725名毕业生中,省内就业2317人,占62.20%,其中合肥1406人；赴沪苏浙894人,占24.00%: past a ；, an item with a
        # share of its own, as the whole has, is the whole's sibling, not a kind of it
        parts = next(
            (
                parts[:k]
                for k, p in enumerate(parts)
                if k and p.group != parts[0].group and _BARE_SHARE_AFTER.match(p.tail)
            ),
            parts,
        )
    # 其中A、B分别为x、y: the clause before each figure names no kind; the extractor's subject does
    names = names or {}
    labels = [names.get(p) or (p.claim.subject or label_of(p) if cue == _RESPECTIVE else label_of(p)) for p in parts]
    first = parts[0]
    top = bool(TOP_N.search(first.sent.between(first.sent.start, first.claim.start)))
    exhaustive = not top and (
        has_rest_item(parts)
        or complete_series(parts)
        # 其中A、B、C三类问题较为集中,分别受理x、y、z: some kinds, not all
        or (cue.startswith("分别") and cue != _RESPECTIVE and not _picked(first))
        or _named_in(w, labels)
        or graded_rest(labels)
        or _open_ends(labels)
        or abbreviated_kinds(w, parts)  # “四乱”问题186处,其中乱占A、乱采B、乱堆C、乱建D
        or _and_the_rest(labels)
        # 全年元旦、春节、国庆节…放行A。分节日看,元旦B,春节C,国庆节D: a dimension's kinds the whole's sentence named
        or (cue in _BY_CUES and named_before_whole(w, parts))
    )
    if exhaustive and _HOLDS_MORE.search(w.sent.between(w.sent.start, w.claim.start)) and not has_rest_item(parts):
        # 医疗保险基金(含生育保险)总收入A,…;总支出B。其中职工…支出C;城乡居民…支出D: the whole holds more
        exhaustive = False
    if exhaustive and has_rest_item(parts) and _cut_after(parts):
        exhaustive = False  # …;其他收入2.78亿元;社会捐赠0.63亿元: the list goes on past its rest, so it was cut short
    if exhaustive and _other_measures_between(parts):
        exhaustive = False  # 场地436个,包括…64个、笼式足球场18片、健身路径153套和其他174个: items in 片, 套 left out
    # a breakdown by one dimension (按消费类型分) parts the whole, unless its kinds cut across (股份制, 私营)
    crossing = any(CROSS_CUTTING.search(x) for x in labels)
    by_dimension = cue in _BY_CUES and not crossing
    # 按经营地分,城镇消费品零售额A；乡村消费品零售额B: kinds built alike, all of the dimension
    # (脂血报废743单位;…报废318单位;因超过有效期报废的仅5单位: not when one more figure of the measure opens the
    # clause group right after, which the list left out)
    exhaustive = exhaustive or (
        cue == _BY_ALL and not crossing and len(parts) >= 2 and parallel(labels) and not _cut_after(parts)
    )
    if exhaustive and rest_unsaid(parts[-1]):
        exhaustive = False  # 药品收入A,卫材收入B;其余为医疗服务收入: the rest is named, not counted
    if exhaustive and not has_rest_item(parts) and not graded_rest(labels) and all(_GRADE.search(x) for x in labels):
        exhaustive = False  # 国家一级博物馆1家、二级4家、三级7家: the graded ones, not those never graded
    # 追回1.92亿元,其中违规金额1.47亿元、罚款0.28亿元、违约金0.21亿元: sums of money listed in one breath
    # under 其中 are shares of the whole, however unlike their names
    amounts = (
        cue in ("其中", _RESPECTIVE)
        and not crossing
        and all(p.claim.kind == "money" for p in parts)
        and (cue == _RESPECTIVE or _enumerated(parts) or _enumerated_to_whole(w, parts))
    )
    partition = exhaustive or siblings or by_dimension or parallel(labels) or amounts
    nested = _nested(w, parts)
    if partition and _named_jointly(w, labels, parts):
        exhaustive = partition = False  # 党纪政务处分176人,其中党纪处分149人、政务处分52人: one person may get both
    # groups with shares of their own that make well over 100 overlap, unless they are a known series (城镇, 乡村)
    if partition and (nested or (_overlapping(parts) and not (has_rest_item(parts) or complete_series(parts)))):
        exhaustive = partition = False
    if not partition and not nested and _made_up(w, parts):
        partition = True  # 其中直接采购1,580.4万元,帮助销售2,546.3万元: items that make up their whole exactly
    # each case ends one way: outcomes (维持168件,撤销21件) are apart from each other, however they are joined
    outcomes = all(DISPOSITION.match(_DISPOSITION_LEAD.sub("", x)) for x in labels)
    disjoint = (
        cue in ("其中", "中")  # 其中; 审结案件中, opening the sentence after the whole
        and not partition
        and not nested
        and not crossing
        and not top
        and (len(parts) >= 3 or outcomes or series_members(labels))
        and (w.sent is first.sent or cue == "中")
        # 已整改问题金额A,其中拨付滞留资金B,收回多计工程款C,盘活闲置资产D: sums of money each with its own deed
        and (_enumerated(parts) or ((outcomes or _money_deeds(w, parts, labels)) and _one_group(parts)))
        and all(len(x) >= 2 for x in labels)
        and len(set(labels)) == len(labels)
    )
    if exhaustive and _kind_left_off(w, parts):
        exhaustive = False  # 居民生活用水A,非居民用水B,特种行业用水C: one more kind of them right after the series
    return Breakdown(w, tuple(parts), cue, exhaustive, partition, plus=plus, disjoint=disjoint)


def _made_up(w: Fig, parts: Sequence[Fig]) -> bool:
    """Two or more exact figures in the whole's unit whose sum is the whole exactly."""
    return (
        len(parts) >= 2
        and all(p.claim.unit == w.claim.unit and p.claim.approx is None for p in (w, *parts))
        and sum(p.claim.value for p in parts) == w.claim.value
    )


# 国家一级, 三星级, 4A级: the grade a body was awarded
_GRADE = regex.compile(r"(?:[一二三四五]|[1-5]A?|A{1,5})(?:级|星)")


_HOLDS_MORE = regex.compile(r"[(（](?:含|包括)[^()（）]{1,12}[)）]")


def _beside_whole(w: Fig, first: Fig, p: Fig) -> bool:
    """技术服务到款额A,其中横向技术服务到款额B;非学历培训到款额C: the first kind bears the whole's name in full, the
    figure past the ；bears only its last words: another measure beside the whole, no kind of it."""
    name = _common_tail([label_of(w), label_of(first)])
    own = label_of(p)
    return len(name) >= 4 and name not in own and len(_common_tail([name, own])) >= 2


def _twin_of(w: Fig, p: Fig) -> bool:
    """第三产业税收 of 第二产业税收: a name as long as the whole's that differs from it in one character."""
    a, b = label_of(w), label_of(p)
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _named_jointly(w: Fig, labels: Sequence[str], parts: Sequence[Fig]) -> bool:
    """Whether a whole of people is named by all its kinds at once (党纪政务处分 of 党纪处分 and 政务处分): a person may
    be of more than one kind, so the kinds need not add up to it."""
    if len(parts) < 2 or any(p.claim.unit not in ("人", "名") for p in (w, *parts)):
        return False
    whole = label_of(w)
    n = 0  # the ending all kinds share (处分 of 党纪处分, 政务处分)
    while n < min(map(len, labels)) and len({x[len(x) - n - 1] for x in labels}) == 1:
        n += 1
    heads = [x[: len(x) - n] for x in labels]
    return all(len(h) >= 2 and h in whole for h in heads)


def _overlapping(parts: Sequence[Fig]) -> bool:
    """Whether every part is followed by its own share of the whole and the shares make well over 100
    (其中“双师型”教师296人,占71.8%;硕士教师238人,占57.8%): groups that overlap, no partition."""
    shares = []
    for p in parts:
        nxt = p.sent.figs[p.pos + 1] if p.pos + 1 < len(p.sent.figs) else None
        if nxt is None or not nxt.is_rate or nxt.claim.unit != "%" or not SHARE_CUE.search(nxt.clause):
            return False
        shares.append(nxt.claim.value)
    return sum(shares) > 101


def _nested(w: Fig, parts: Sequence[Fig]) -> bool:
    """Items that nest rather than part the whole: classes by a bound (亿元以上项目58个,10亿元以上项目41个) or
    by the stage reached (已开工项目49个,已投产项目23个). Read in the words before each item, back to the item
    before it (or to the whole, or the sentence start, for the first)."""
    spans = []
    for k, p in enumerate(parts):
        s = p.sent
        prev = parts[k - 1] if k else (w if w.sent is s and w.claim.end <= p.claim.start else None)
        spans.append(s.between(prev.claim.end if prev is not None else s.start, p.claim.start))
    # 优秀案卷133卷,合格以上案卷311卷: a grade and all above it holds the higher grades listed with it
    ranks = [grade(label_of(p)) for p in parts]
    for p, rank in zip(parts, ranks, strict=True):
        if rank is not None and "以上" in label_of(p) and any(r is not None and r < rank for r in ranks):
            return True
    bounded = [k for k, x in enumerate(spans) if BOUND_CLASS.search(x)]
    if len(bounded) >= 2 and not (bounded == [0, len(spans) - 1] and _open_ends([label_of(p) for p in parts])):
        return True  # but 硕士及以上A、本科B、大专C、大专以下D: a scale bounded at each end
    return len({m for x in spans for m in STAGE.findall(x)}) >= 2


def _picked(first: Fig) -> bool:
    """Whether the words before a list's first figure pick some kinds out (其中, 包括) rather than name them all."""
    before = first.sent.between(first.sent.start, first.claim.start)
    if _PICKED_OUT.search(before):
        return True
    # 开展“送戏下乡”“进校园”活动,分别演出…: campaigns launched by name, some of the work (not 开展“铁拳”等专项行动,
    # 查处案件213件,分别为…: a whole stated after them is all of it)
    launched = _CAMPAIGNS.search(before)
    return launched is not None and not any(
        f.claim.start > first.sent.start + launched.end() for f in first.sent.figs[: first.pos]
    )


# (5月、10月为登记高峰,分别登记…: the peaks, some of the months)
_PICKED_OUT = regex.compile(r"其中|包括|包含|高峰|最多|最高|较多|居前|排名前")
_CAMPAIGNS = regex.compile(r"(?:开展|举办|组织|实施)了?“")


def _money_deeds(w: Fig, parts: Sequence[Fig], labels: list[str]) -> bool:
    """Three or more sums of money, each named by a deed of its own (拨付…, 收回…, 盘活…), that come near the
    whole: a list that overruns it by far was read too far (…,已支出4200万元), a slip overruns it by little."""
    return (
        len(parts) >= 3
        and all(p.claim.kind == "money" for p in parts)
        and len({x[:2] for x in labels}) == len(labels)
        and sum(p.claim.value for p in parts) <= w.claim.value * _NEAR_WHOLE
    )


_NEAR_WHOLE = Decimal("1.1")


def _one_group(parts: Sequence[Fig]) -> bool:
    """The items stand in one sentence, with no ；between them."""
    return all(p.group == parts[0].group and p.sent is parts[0].sent for p in parts[1:])


def _enumerated(parts: Sequence[Fig]) -> bool:
    """Two or more items joined by 、 in one clause: A1.47亿元、B0.28亿元、C0.21亿元."""
    return len(parts) >= 2 and all(
        p.group == parts[0].group and p.sent is parts[0].sent and ENUM_NEXT.fullmatch(p.lead) for p in parts[1:]
    )


_LAST_ITEM = regex.compile(r"[,，][^,，;；:：。]{0,16}")


def _enumerated_to_whole(w: Fig, parts: Sequence[Fig]) -> bool:
    """A 、-list whose last item follows a comma (其中中央3.42亿元、省级1.15亿元、市级2.87亿元,社会出资2.24亿元) and
    that makes up its whole exactly: the comma only closes the list."""
    head, last = parts[:-1], parts[-1]
    return (
        len(parts) >= 3
        and _enumerated(head)
        and last.sent is head[0].sent
        and bool(_LAST_ITEM.fullmatch(last.lead))
        and all(p.claim.unit == w.claim.unit for p in parts)
        and sum(p.claim.value for p in parts) == w.claim.value
    )


def _named_in(w: Fig, labels: list[str]) -> bool:
    """办理减刑、假释、暂予监外执行案件1256件,其中减刑…,假释…,暂予监外执行…: the whole's name lists every
    kind it holds, and the parts are those kinds; or it joins their first characters (罚没款: 罚款, 没收)."""
    name = label_of(w)
    if len(labels) < 2:
        return False
    for short, kinds in lx.ABBREVIATED_WHOLES:  # 罚没款4215.6万元,其中罚款…、没收违法所得…
        if short in name and len(labels) == len(kinds) and all(any(k in x for x in labels) for k in kinds):
            return True
    if not JOINED_NAMES.search(name):
        return False
    kinds = [MEASURE_WORD_END.sub("", x) for x in labels]
    if not (all(len(k) >= 2 and k in name for k in kinds) and len(set(kinds)) == len(kinds)):
        return False
    # 经血及性传播疾病(病毒性肝炎、梅毒、淋病和艾滋病)共2363例,其中淋病108例、艾滋病54例: two of the four it names
    listed = _BRACKET_LIST.search(name)
    return listed is None or len(_NAME_SEP.split(listed.group(1))) == len(kinds)


def _kinds_of(w: Fig, parts: list[Fig]) -> list[Fig]:
    """移动电话用户78.3万户,其中5G移动电话用户41.2万户；固定宽带用户29.6万户: when the first part is named
    as a kind of the whole (the whole's name and more), an item after a ；that does not carry the whole's
    name is not one of its kinds, and the list ends before it."""
    # 发生行政复议案件126起,其中…9起；发生行政诉讼案件58起: after a ；a figure named like the whole (its first and last
    # words), and unlike the first part, is the whole's sibling; the list ends before it
    whole, first = label_of(w), label_of(parts[0])
    for k, p in enumerate(parts[1:], start=1):
        own = label_of(p)
        if p.group != parts[k - 1].group and _twin(whole, own) and not alike(first, own):
            parts = parts[:k]
            break
    if len(parts) >= 3 and _shared_alike(parts):
        return parts  # 干旱造成直接经济损失A,占a;暴雨洪涝B,占b;大风冰雹C,占c: items each with its share, one list
    held = {n for n in map(core, w.names) if len(n) >= 3 and any(n in x and n != x for x in parts[0].names)}
    # 制造业贷款余额…,其中制造业中长期贷款余额…；普惠小微贷款余额…: the first part keeps the head of the whole's name
    held |= {h for n in map(core, w.names) for x in parts[0].names if len(h := _head(n, x)) >= 2}
    if not held:
        return parts
    out = parts[:1]
    for p in parts[1:]:
        rest = has_rest_item([p]) or bool(_REST_WORD.search(label_of(p)))  # 票据融资等其他贷款: the rest of them
        if p.group != out[-1].group and not any(n in x for n in held for x in p.names) and not rest:
            break
        out.append(p)
    return out


_NOT_WORDS = regex.compile(r"^[^\p{Han}]+")


def _head(whole: str, part: str) -> str:
    """The start of a whole's name that a part's name keeps, with words put in before the rest of it:
    制造业 of 制造业贷款余额 and 制造业中长期贷款余额 (a kind of the whole named as such); else ''. A mark before
    the words (P1, 1.) is no part of the name."""
    whole = _NOT_WORDS.sub("", whole)
    k = 0
    while k < min(len(whole), len(part)) and whole[k] == part[k]:
        k += 1
    tail = whole[k:]
    return whole[:k] if k >= 2 and len(tail) >= 2 and part.endswith(tail) and len(part) > len(whole) else ""


_ONLY_FIGURES = regex.compile(r"[\s,，、:：]*")


def _right_before(s: Sentence, blk: _Block, fit: list[Fig], part: Fig) -> Fig | None:
    """The whole stated right before the cue (监测对象1274户4136人,其中脱贫不稳定户523户1702人): nothing but figures
    of other measures stands between it and 其中, so the list is of it, however a figure further back is named
    (脱贫户1.86万户 shares 脱贫 with the part). Not when a figure before it is named so that the part's name holds
    that name whole (立案9836起…,其中侵财类案件立案4412起)."""
    if not fit:
        return None
    w = fit[-1]
    between = s.figs[w.pos + 1 :]
    if any(g.claim.start < blk.start and same_measure(g, w) for g in between):
        return None
    rest = s.between(w.claim.end, blk.start)
    for g in between:
        if g.claim.start < blk.start:
            rest = rest.replace(s.between(g.claim.start, g.claim.end), "")
    if not _ONLY_FIGURES.fullmatch(rest):
        return None
    head = (part.claim.subject or "")[-2:]
    if (
        part.claim.value > w.claim.value
        and len(head) == 2
        and not any(n.endswith(head) for n in w.names if n)
        and any(x.claim.value >= part.claim.value and any(n.endswith(head) for n in x.names if n) for x in fit[:-1])
    ):
        return None  # 总收入98.74亿元、总支出…,当期结余7.38亿元,其中…基金收入82.15亿元: the part is of the 收入 by name
    held = [
        x
        for x in fit[:-1]
        if (n := label_of(x))
        and len(n) >= 2
        and any(n in m and n != m for m in part.names)
        # 对4个港区23家企业…: the words between two figures name what the first counts, not the second
        and not (x.pos > 0 and s.figs[x.pos - 1].claim.subject == n)
    ]
    return None if held else w


def _same_act(cands: list[Fig], part: Fig) -> Fig | None:
    """The one candidate named for the act the part's name opens with, in its words or in other words."""
    label = label_of(part)
    acts = next((group for group in lx.ACT_SYNONYMS if label.startswith(group)), None)
    if acts is None:
        return None
    hits = [w for w in cands if any(a in label_of(w) for a in acts)]
    return hits[0] if len(hits) == 1 else None


def _kinds_of_scope(w: Fig, part: Fig) -> bool:
    """38个问题中 … 大气污染类问题11个: the part is named for the noun the base's scope (X中) names."""
    m = BASE_OF_FOLLOWING.match(w.tail)
    noun = regex.sub(r"^[个件项家人名条起户所座]", "", m.group()[:-1]) if m else ""
    return len(noun) >= 2 and any(n.endswith(noun) for n in part.names if n)


def _pick_whole(
    cands: list[Fig],
    part: Fig,
    *,
    nearest: bool,
    strict: bool = False,
    recent: Sentence | None = None,
    echo: bool = False,
    by_dimension: bool = False,
) -> Fig | None:
    """The whole a part belongs to among same-unit candidates: by name, else the focus of the sentence.

    With `strict` (a sentence that only goes on about a listed part) the names must match. With `recent`
    (a list opening its sentence) an unnamed whole must stand in that sentence, the one right before the
    list: a figure further back is only taken when its name says so.
    """
    if not net(part):  # 贸易顺差363亿元。从贸易方式看,一般贸易953.2亿元: a difference holds no kinds
        cands = [w for w in cands if not net(w)]
    # 余额41.26亿元,在限额44.90亿元以内,其中一般债务…: a bound is no whole of parts
    cands = [w for w in cands if w.claim.approx != "at_most"]
    # 按常住人口512.6万人计算,每万人口…。从人员构成看,专职人员5127人: a population a rate is counted on is no
    # whole the kinds after it are of
    cands = [w for w in cands if not (_COUNTED_ON.match(w.clause) and _COUNTED_END.match(w.tail))]
    # 结案1069件,未结案件43件。其中,调解结案318件: what is still open holds none of what was closed
    if not STATUS_OPEN.search(label_of(part)):
        cands = [w for w in cands if not STATUS_OPEN.match(label_of(w))] or cands
    # 年初蓄水总量A,年末蓄水总量B。其中,大型水库年末蓄水量C: a part at one end of the year is of the whole at that end
    end = _end_of_year(label_of(part))
    if end:
        cands = [w for w in cands if _end_of_year(label_of(w)) in ("", end)]
    if not cands:
        return None
    # "977件中直接纠错236件": a base is not the whole of what follows it; the figure after it is. But 38个问题中已完成
    # 33个。按类别分,大气污染类问题11个…: kinds of the very thing the base names are of the base
    focus = [
        w
        for w in cands
        if not (BASE_OF_FOLLOWING.match(w.tail) and w is not cands[-1] and not _kinds_of_scope(w, part))
    ]
    if strict:  # the figure must be named as the whole is: 专任教师 ~ 专任教师, 小学招生 ~ 招生
        named = [w for w in focus if any(_same_name(n, x) for n in part.names for x in w.names)]
        return named[0] if len(named) == 1 else None
    named = [w for w in focus if any(names_match(n, w) for n in part.names if n)]
    acted = _same_act(focus, part)
    if acted is not None:
        return acted  # 批准逮捕…112人,提起公诉186人。其中,起诉…79人: the figure of the act the part names
    if len(named) > 1 and not FLOW_OR_GOAL.search(label_of(part)):
        # 共有登记社会组织4,826个…注销登记175个。按登记管理机关分,市级登记1,012个: the kinds are of the stock, not
        # of what came or went in the year
        named = [w for w in named if not FLOW_OR_GOAL.match(label_of(w))] or named
    if len(named) > 1 and not STATUS_DONE.match(label_of(part)):
        # 38个问题中已完成整改33个: what became of some of the things is no whole of their kinds
        named = [w for w in named if not STATUS_DONE.match(label_of(w))] or named
    if len(named) == 1:
        return named[0]
    # 立案9836起,…其中侵财类案件立案4412起: the one whose own name the part's name holds, over mere echoes
    held = [w for w in named if (x := label_of(w)) and len(x) >= 2 and any(x in n and x != n for n in part.names if n)]
    if len(held) == 1:
        return held[0]
    # 合计上网电量A,合计弃电量B。其中,风电上网电量C,弃风电量D: the one the part's name holds with a word put in
    shortened = [
        w for w in focus if len(x := label_of(w)) >= 3 and any(n != x and spread_in(x, n) for n in part.names if n)
    ]
    if len(shortened) == 1:
        return shortened[0]
    if recent is not None:
        here = [w for w in focus if w.sent is recent]

        def aside(w: Fig) -> bool:  # a flow of the year, or (for a dimension) a class by a bound: no stock to part
            return bool(FLOW_OR_GOAL.match(label_of(w)) or (by_dimension and BOUND_CLASS.search(label_of(w))))

        if here and not FLOW_OR_GOAL.search(label_of(part)) and all(aside(w) for w in here):
            # 共有登记社会组织4,826个。全年新成立312个,注销登记175个。按类型分,社会团体…: the kinds are of the stock
            # stated before the year's flows
            here = [w for w in focus if not aside(w)][-1:]
        focus = here
        if echo and len(focus) > 1:
            # 诉前调解纠纷A,调解成功B。其中,特邀调解组织成功调解C…: the one whose name the parts' names echo most
            shared = {w: _shared_words(label_of(w), part.names) for w in focus}
            top = max(shared.values())
            if top >= 2 and sum(1 for v in shared.values() if v == top) == 1:
                return next(w for w, v in shared.items() if v == top)
    if len(focus) == 1:
        return focus[0]
    if nearest and focus:
        return focus[-1]
    return None


_YEAR_END = regex.compile(r"上年末|年初|期初|年末|期末")


def _end_of_year(label: str) -> str:
    """Which end of the year a name is of: start (年初, 期初, 上年末), end (年末, 期末) or neither ("")."""
    m = _YEAR_END.search(label)
    if m is None:
        return ""
    return "end" if m.group() in ("年末", "期末") else "start"


def _shared_words(name: str, names: Sequence[str]) -> int:
    """How many two-character words of `name` the part's names hold (调解成功 in 特邀调解组织成功调解: 2)."""
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    return sum(1 for p in pairs if _HAN2.fullmatch(p) and any(p in n for n in names if n))


_HAN2 = regex.compile(r"\p{Han}{2}")


def _same_name(a: str, b: str) -> bool:
    """One name holds the other, or a synonym of it (小学招生 ~ 招生; 在园幼儿 ~ 在校生)."""
    ca, cb = core(a), core(b)
    if len(ca) < 2 or len(cb) < 2:
        return False
    return ca in cb or cb in ca or any(x in cb for x in synonyms(ca) if len(x) >= 2)


_PAREN_REACH = 24  # characters from a bracket to its figure: 4822件(含已审结的再审案件1件)


def _paren_parts(doc: Doc) -> list[Breakdown]:
    """4822件(含再审1件): the bracketed figure is part of the one before the bracket."""
    out = []
    for s in doc.sentences:
        for f in s.figs:
            if not f.paren or not f.is_level or f.claim.kind == "duration" or f.pos == 0:
                continue
            opened = _paren_lead(s, f)
            if opened is None or not PAREN_PART.search(opened) or len(opened) > _PAREN_REACH:
                continue  # 3元(含… and the next line's figure: a bracket that runs on is no aside of one figure
            w = next((g for g in reversed(s.figs[: f.pos]) if not g.paren), None)
            if w is not None and w.is_level and same_measure(w, f):
                out.append(Breakdown(w, (f,), "含", False, True))
    kinds = _bracketed_kinds(doc)
    listed = {(b.whole, p) for b in kinds for p in b.parts}
    return [b for b in out if (b.whole, b.parts[0]) not in listed] + kinds  # one list of the bracket, not each


def _bracketed_kinds(doc: Doc) -> list[Breakdown]:
    """医院17个(公立医院8个、民营医院9个): kinds of the figure before the bracket, each named by its name's last
    word (医院), listed in the bracket right after it."""
    out = []
    for s in doc.sentences:
        if "(" not in s.text and "（" not in s.text:
            continue
        for w in s.figs:
            if w.paren or not w.is_level or w.pos + 2 >= len(s.figs):
                continue
            opening = s.between(w.claim.end, s.figs[w.pos + 1].claim.start).lstrip()
            word = label_of(w)[-2:]
            noun = w.claim.subject or ""
            if len(noun) >= 2 and opening.startswith(noun) and opening[len(noun) : len(noun) + 1] in ("(", "（"):
                # 12家二级公立医院(综合医院7家、中医医院3家…): the bracket follows the noun counted after the figure
                opening, word = opening[len(noun) :], noun[-2:]
            if not opening.startswith(("(", "（")):
                continue
            kinds = list(itertools.takewhile(lambda f: f.paren, s.figs[w.pos + 1 :]))
            # (其中公务用车购置费150万元、公务用车运行维护费924万元): the bracket says they are its kinds
            said = PARTS_CUE.match(opening[1:].lstrip()) is not None
            # (其中农田灌溉用水量9.87亿立方米，林牧渔畜用水量1.07亿立方米): kinds set apart by commas that make it up
            joined = all(ENUM_NEXT.fullmatch(f.lead) for f in kinds[1:]) or (
                _made_up(w, kinds) and all(_LAST_ITEM.fullmatch(f.lead) for f in kinds[1:])
            )
            if (
                len(kinds) < 2
                or not joined
                or not all(f.is_level and not f.is_baseline and same_measure(f, w) for f in kinds)
            ):
                continue
            # 其他水源供水量0.57亿立方米(再生水0.49亿立方米、集蓄雨水0.08亿立方米): the rest, spelled out
            total = sum(f.claim.value for f in kinds)
            if len(word) == 2 and all(
                said or label_of(f).endswith(word) or _rest_spelled(label_of(f), label_of(w)) for f in kinds
            ):
                out.append(Breakdown(w, tuple(kinds), "其中", complete_series(kinds), True))
            elif parallel([label_of(f) for f in kinds]) and total <= w.claim.value:
                # 代表建议47件(主办31件、会办16件): kinds named alike, all of the figure when they make it up exactly
                # (a bracket may leave some out: 信访120件(来信45件、来访38件); and may hold kinds that overlap, so
                # a sum past the figure proves nothing)
                out.append(Breakdown(w, tuple(kinds), "其中", total == w.claim.value, True))
    return out


def _rest_spelled(part: str, whole: str) -> bool:
    """再生水 of 其他水源供水量: the rest of a list, spelled out in a bracket by short names of its own."""
    return 2 <= len(part) <= 6 and whole.startswith(("其他", "其它"))


def _paren_lead(s: Sentence, f: Fig) -> str | None:
    head = s.text[: f.claim.start - s.start]
    i = max(head.rfind("("), head.rfind("（"))
    return head[i:] if i >= 0 else None


def _section_lists(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """A section that opens with a total (审执结各类案件7018件) and lists its categories after it."""
    out = []
    seen: set[tuple[tuple[str, ...], int]] = set()
    for s in doc.sentences:
        if not s.section or (s.section, s.block) in seen:
            continue
        seen.add((s.section, s.block))
        # the section's own stretch of text: a heading repeated further on (一、…1、未结案情况 again in a long
        # file) opens a section of its own
        sents = [t for t in doc.section_sentences(s.section) if t.block == s.block]
        # (耕地占用税、土地增值税等其他税种合计1.62亿元 totals the kinds its own clause names, not the lines after)
        totals = [f for f in sents[0].parts if BIG_TOTAL_CUE.search(f.clause) and "、" not in f.clause]
        for w in totals:
            if sum(1 for f in sents[0].parts if f in taken and f.index > w.index and same_measure(f, w)) >= 2:
                continue  # 幼儿园128所,其中公办园62所…。普惠性幼儿园109所: kinds listed; later figures cut across
            parts = []
            for t in sents[1:]:
                groups = set()
                if any(TOTAL_CUE.search(f.clause) and same_measure(f, w) for f in t.parts):
                    continue  # 加上旧存642件,受理案件共计4,559件;结案3,286件: a sentence with a total of its own
                for f in t.parts:
                    if f in taken or not same_measure(f, w) or BASE_OF_FOLLOWING.match(f.tail):
                        continue
                    if TOTAL_CUE.search(f.clause):  # 全市两级法院共受理35620件: a total of its own, maybe wider
                        continue
                    if _said_again(doc, f):
                        continue  # 其中较大事故2起。…两起较大事故分别为…: the figure said again, no item of its own
                    if f.claim.value > 2 * w.claim.value:
                        continue  # 团员总数10426名…少先队员3.2万名: far past the total, no item of it (no cue says so)
                    # one item per clause group: 受理执行案件5421件,执结5012件 states one kind, the second
                    # figure a part of the first
                    if _leads_run(f) and f.group not in groups:
                        parts.append(f)
                        groups.add(f.group)
            parts = _added_by_paragraph(w, _section_items(doc, w, parts))
            if len(parts) >= 2:
                # 受理各类案件18532件,审执结17266件: two totals open the section, and its items may be of either
                sole = not any(g is not w and same_measure(g, w) for g in sents[0].parts)
                labels = [label_of(p) for p in parts]
                whole = _dimension_named(parts[0].sent, sents[0], w)
                out.append(Breakdown(whole, tuple(parts), "section", False, parallel(labels), firm=sole))
    return out


def _section_items(doc: Doc, w: Fig, parts: list[Fig]) -> list[Fig]:
    """电话用户总数1604.3万户。…移动电话用户A…5G移动电话用户B…固定电话用户C: the items of a section's total, without
    a narrower kind of an item before it (5G移动电话用户 of 移动电话用户), nor a figure in another paragraph that the
    sentence after it breaks down by a dimension of its own (⏎宽带接入用户D,…。按接入速率分,…: a topic of its own)."""
    out: list[Fig] = []
    for f in parts:
        own = label_of(f)
        if any(own != label_of(p) and own.endswith(label_of(p)) for p in out if len(label_of(p)) >= 2):
            continue
        nxt = doc.sentences[f.sent.index + 1] if f.sent.index + 1 < len(doc.sentences) else None
        if f.sent.para != w.sent.para and nxt is not None and nxt.para == f.sent.para and opens_by_dimension(nxt):
            continue
        out.append(f)
    return out


def _said_again(doc: Doc, f: Fig) -> bool:
    """Whether an earlier figure of the same value and measure word bears one of `f`'s names, before or after it."""
    names = {n for n in f.names if n and len(n) >= 2}
    earlier = doc.by_value.get((f.claim.value, f.claim.unit), [])[: f.same_at]
    # (两起较大事故分别为: the name may follow the figure that opens its sentence)
    return any(names & set(g.names) or any(f.tail.startswith(n) for n in g.names if len(n) >= 2) for g in earlier)


def _dimension_named(s: Sentence, opening: Sentence, w: Fig) -> Fig:
    """新收案件按类型分,民商事案件…: the figure of the section's opening sentence the dimension names (新收8975件 in
    its brackets) rather than the total `w` (受理各类案件9862件), when one other figure there bears that name."""
    lead = (s.gap or "").split("\n")[-1].strip()  # the words without figures before it: 新收案件按类型分,…。
    m = _NAMED_DIMENSION.match(s.text) or _NAMED_DIMENSION.match(lead)
    if m is None:
        return w
    head = core(m.group("name"))[:-2] or core(m.group("name"))
    named = [
        g for g in opening.figs if g is not w and same_measure(g, w) and any(n.endswith(head) for n in g.names if n)
    ]
    held = any(head in n for n in w.names if n)
    return named[0] if len(named) == 1 and not held else w


def _added_by_paragraph(w: Fig, parts: list[Fig]) -> list[Fig]:
    """合同金额合计2.18亿元。其中…金额3,120万元;…金额1.87亿元。⏎…合同金额分别为1,485万元、…: the items up to the end
    of a paragraph when they add up to the total; the next paragraph breaks down one of them."""
    for k in range(2, len(parts)):
        if parts[k].sent.para != parts[k - 1].sent.para and _adds_to(w, tuple(parts[:k])):
            return parts[:k]
    return parts


def _leads_run(f: Fig) -> bool:
    """A figure that opens what its clause says (not one trailing another of the same clause)."""
    prev = f.sent.figs[f.pos - 1] if f.pos else None
    return prev is None or bool(CLAUSE_BREAK.search(f.lead)) or not prev.is_level


def _child_sections(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """全市共有各级各类学校167所… 相关情况如下: each following section gives one part of each total."""
    out = []
    for s in doc.sentences:
        if not s.parts or not BIG_TOTAL_CUE.search(s.text):
            continue
        children = doc.children.get(s.section, [])
        if len(children) < 2 or doc.by_section[children[0]][0].index < s.index:
            continue  # the totals stand in the opening words of their section, before its first child
        mains = s.parts
        # 相关情况如下: the sections that follow are announced as the breakdown of these totals
        announced = bool(AS_FOLLOWS.search(s.after) or AS_FOLLOWS.search(s.text[s.figs[-1].claim.end - s.start :]))
        for w in mains:
            if INCOME_AND_SPENDING.search(w.clause):
                continue  # 收入、支出决算总计4,862.37万元: the total of each side, and the sides follow
            unique = sum(1 for g in mains if same_measure(g, w)) == 1
            parts = []
            for ch in children:
                p = _child_part(doc, ch, w, unique, taken)
                if p is None:
                    break
                parts.append(p)
            else:
                # 三公经费合计1286.7万元…审计发现的主要问题: (一)…412.6万元 (二)…2856.3万元: sections that name no
                # part of the total, after words that do not announce them as its breakdown, may be of anything
                named = all(any(names_match(n, p, whole=True) for n in w.names if n) for p in parts)
                out.append(Breakdown(w, tuple(parts), "section", announced, True, firm=announced or named))
    return out


def _structure_sections(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """一、总体情况 驾驶人总数426,815人… (一)性别结构。男性驾驶人270,528人,女性驾驶人156,287人: a section headed by
    the make-up of something opens on its kinds, of the total its parent section opens on."""
    out = []
    for section, sents in doc.by_section.items():
        if len(section) < 2 or not sents or not _STRUCTURE_HEAD.search(section[-1]):
            continue
        t = sents[0]
        parts: list[Fig] = []
        for f in t.figs:
            if not f.is_level or f.is_baseline or f.paren or (parts and not same_measure(f, parts[0])):
                break
            parts.append(f)
        parent = doc.section_sentences(section[:-1])
        if len(parts) < 2 or any(p in taken for p in parts) or not parent:
            continue
        # 男性驾驶人, 女性驾驶人 of 驾驶人总数; 全区驾驶人中,25岁及以下的…: the name they share, or their scope's
        tail = _common_tail([label_of(p) for p in parts])
        scope = SCOPE_OPEN.match(t.text)
        said = [tail[k:] for k in range(len(tail) - 1)] + ([clean_label(scope["name"])] if scope else [])
        w = next(
            (
                f
                for f in parent[0].figs
                if f.is_level
                and not f.is_baseline
                and same_measure(f, parts[0])
                and any(len(x) >= 2 and x in n for x in said for n in f.names if n)
            ),
            None,
        )
        if w is None:
            continue
        complete = complete_series(parts) or has_rest_item(parts) or _all_ages(parts)
        out.append(Breakdown(w, tuple(parts), "section", complete, True))
    return out


_STRUCTURE_HEAD = regex.compile(r"\p{Han}{1,6}(?:结构|构成)$")
_AGES_FROM = regex.compile(r"^\p{Han}{0,6}?\d+\s*周?岁(?:及)?以下")
_AGES_ON = regex.compile(r"\d+\s*周?岁(?:及)?以上")


def _all_ages(parts: Sequence[Fig]) -> bool:
    """25岁及以下…61岁及以上: bands of age from the youngest to the oldest."""
    return bool(_AGES_FROM.match(parts[0].clause)) and bool(_AGES_ON.search(parts[-1].clause))


def _child_part(doc: Doc, section: tuple[str, ...], w: Fig, unique: bool, taken: set[Fig]) -> Fig | None:
    """The one figure of a child section that is its share of the total `w`; None when not one."""
    sents = doc.section_sentences(section)
    if not sents:
        return None
    if FLOW_OR_GOAL.search(w.clause):
        return None  # a flow as the total: its sections' figures say nothing of their share
    own = [f for t in sents for f in t.parts if f not in taken and same_measure(f, w)]
    own = [f for f in own if not FLOW_OR_GOAL.search(f.clause)]  # 新设市场主体2.15万户 is no share of 实有
    named = [f for f in own if any(names_match(n, f, whole=True) for n in w.names if n)]
    if len(named) == 1:
        return named[0]
    if not named and unique:
        firsts = [f for f in own if f.sent is sents[0]]
        if len(firsts) == 1:
            return firsts[0]
    return None


def _status_splits(doc: Doc) -> list[Breakdown]:
    """受理2917件, 已处理完毕2349件, 正在办理568件: what is received = what is done + what is open."""
    out = []
    for s in doc.sentences:
        spoiled = STATUS_SPOILER.search(s.text)
        total = done = still = None
        for f in s.parts:
            if STATUS_OPEN.search(f.clause):
                still = still or f
            elif STATUS_DONE.search(f.clause):
                done = done or f
            elif STATUS_TOTAL.search(f.clause) and total is None:
                total = f
        if total is None and done is not None and done is s.parts[0] and still is not None and not spoiled:
            if BASE_OF_FOLLOWING.match(s.text):
                continue  # 受理的案件中,已审结153件,尚有9件在审: of the figure the scope names
            # 全年共受理6835件。执结6421件,结案率93.94%,年底未结414件: the intake closes the sentence before
            before = _intake_before(doc, s)
            if (
                before is not None
                and same_measure(before, done)
                and same_measure(before, still)
                and STATUS_TOTAL.search(before.clause)
                and before.claim.value > done.claim.value > 0
                and done.index < still.index
            ):
                out.append(Breakdown(before, (done, still), "status", True, True))
            continue
        ordered = (
            total is not None and done is not None and still is not None and total.index < done.index < still.index
        )
        if ordered and spoiled and total is not None:
            # 新收A,加上旧存B,共受理C,审执结D,未结E: a total that adds the new and the old is all of the cases; one that
            # names the new ones (新收C,…) is not
            joint = spoiled.start() < total.claim.start - s.start and _JOINT_TOTAL.match(total.clause)
            ordered = bool(joint) and not STATUS_SPOILER.search(s.text, total.claim.end - s.start)
        if ordered and same_measure(total, done) and same_measure(total, still):
            # 转办9件 or 转交其他部门9件 beside them: done and open are not all that became of the total
            others = any(
                f.group == total.group and f.index > total.index and f not in (done, still) and same_measure(f, total)
                for f in s.parts
            )
            out.append(Breakdown(total, (done, still), "status", not others, True))
    return out


_REST_OPENS = regex.compile(r"^(?:其余|剩余|余下|尚余|其他|尚有|仍有|还有)")  # 尚有31个项目未按计划开工
_STILL_OPENS = regex.compile(r"^(?:尚有|仍有|还有)")
# what was done with some of the whole before the rest: 当场解答87个,…其余39个
_DONE_SAID = regex.compile(
    r"已|完成|办结|审结|结案|化解|到位|当[场即]|解答|解决|[答回]复|反馈|处[理置]|转办|修复|采纳|整改"
)


def _rest_splits(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """问题112处,已整改98处,…,剩余14处正在整改: what is done and the rest after it make the whole stated before
    them, in one sentence."""
    out = []
    for s in doc.sentences:
        for k, rest in enumerate(s.parts):
            if k < 1 or rest in taken or not _REST_OPENS.match(rest.clause) or rest.paren:
                continue
            if k < 2 and _STILL_OPENS.match(rest.clause):
                continue  # (尚有14件在审: of a whole stated in its own sentence only, never one guessed before it)
            done = s.parts[k - 1]
            if done in taken or done.paren or not same_measure(done, rest):
                continue
            # 接报求助1437起。经核实属困人故障的612起,其余825起为误报警: a figure said of some of the whole, and the
            # rest, that make it up exactly
            exact = k == 2 and s.parts[0].claim.value == done.claim.value + rest.claim.value and rest.claim.value > 0
            if not _DONE_SAID.search(done.clause) and not (exact and same_measure(s.parts[0], done)):
                continue
            if NEGATED_LABEL.match(label_of(done)):
                continue  # 无法提供301件,不予处理38件,其他处理71件: outcomes side by side, none done of the one before
            if done.group != rest.group and rest.clause.startswith(("其他", "其它")):
                continue  # 个人所得税完成4.36亿元;其他各税合计16.26亿元: kinds of their own clauses, no done and rest
            if rest.clause.startswith(("其他", "其它")) and len(_common_tail([label_of(done), label_of(rest)])) >= 3:
                continue  # 国际快递业务收入完成A,其他快递业务收入完成B: kinds named alike, nothing done before a rest
            # 诉讼7件,其中…起诉5件；已审结的4件…,其余3件: an item of another list is no whole of these
            whole = next(
                (w for w in reversed(s.parts[: k - 1]) if same_measure(w, done) and not w.paren and w not in taken),
                None,
            )
            if whole is None and k == 1:
                # 问题共162个。截至10月底,已完成整改148个…；其余14个: the whole closes the sentence before
                kind = _kind_named_before(doc, s, done)  # (一般程序立案A。一般程序案件已结案B,其余C)
                whole = _scope_named(doc, s, done) or kind or _intake_before(doc, s)
                # (a part of a list before may be the whole: 其中受理488件。已审结462件,其余26件)
                if whole is not None and (
                    not same_measure(whole, done)
                    or (whole in taken and whole is not kind and not _ACCEPTED.match(label_of(whole)))
                ):
                    whole = None
            bigger = whole is not None and whole.claim.value > max(done.claim.value, rest.claim.value)
            if whole is not None and _adds_earlier(s, whole):
                continue  # 在安徽、江西、湖北分别完成A、B、C,合计D;在上海完成E;其余省份F: D sums what came before it
            if whole is not None and len(_common_tail([label_of(whole), label_of(done), label_of(rest)])) >= 2:
                continue  # 开发区完成产值A；工业园完成产值B；其余工业集中区完成产值C: three places, none of them all
            if whole is not None and bigger and not _REST_OPENS.match(whole.clause):
                out.append(Breakdown(whole, (done, rest), "status", True, True))
    return out


def _adds_earlier(s: Sentence, w: Fig) -> bool:
    """A bare 合计 of figures of its measure said before it in its sentence (…,合计270.8亿元; 两项合计5862次): a
    total of those, not a figure named on its own (收入合计A,支出合计B)."""
    return bool(_BARE_SUM.match(w.clause)) and any(
        f.index < w.index and same_measure(f, w) and not f.paren for f in s.parts
    )


_BARE_SUM = regex.compile(
    r"^\s*(?:[两二三四五六七八九]项|以上|上述|两者|三者)?(?:合计|共计|总计)(?:完成|实现|为|达到?)?\s*$"
)


def _scope_named(doc: Doc, s: Sentence, part: Fig) -> Fig | None:
    """采集水样2562个,其中…超标10个。超标水样中,…7个,其余3个: the figure of the sentence before that the scope
    the sentence opens with names (超标 of 超标水样中), not that sentence's intake."""
    scope = BASE_OF_FOLLOWING.match(s.text)
    if scope is None or s.index == 0:
        return None
    name = scope.group().strip()[:-1]
    named = [
        w
        for w in doc.sentences[s.index - 1].figs
        if w.is_level and same_measure(w, part) and len(label := label_of(w)) >= 2 and name.startswith(label)
    ]
    return named[-1] if named else None


def _kind_named_before(doc: Doc, s: Sentence, part: Fig) -> Fig | None:
    """办理案件5210件,其中…一般程序立案3126件。一般程序案件已结案3058件,其余68件: the one figure of the sentence
    before whose name holds the four characters the part's name opens with."""
    if s.index == 0 or doc.sentences[s.index - 1].para != s.para:
        return None
    head = label_of(part)[:4]  # the words the part opens with name its kind (一般程序 of 一般程序案件已结案)
    named = [
        w
        for w in doc.sentences[s.index - 1].figs
        if w.is_level and not w.is_baseline and same_measure(w, part) and len(head) == 4 and head in label_of(w)
    ]
    return named[0] if len(named) == 1 and named[0].claim.value > part.claim.value else None


def _stage(f: Fig) -> str:
    """Whether a figure counts what came in ("in") or what was closed ("done"), by the verb its label holds."""
    label = label_of(f)
    if STATUS_DONE.search(label):
        return "done"
    return "in" if INTAKE.search(label) else ""


def _stage_pairs(doc: Doc) -> list[Breakdown]:
    """共受理86452件,…审执结80127件。其中,市中级法院受理9876件,审执结9210件；基层法院受理76576件,审执结70917件:
    a 其中 list of units, each with what it took in and what it closed, parts the two totals before it: the intakes
    of the intake, the closings of the closings."""
    out = []
    for k, s in enumerate(doc.sentences):
        at = s.text.find("其中")
        if at < 0:
            continue
        if not s.text[:at].strip():  # the sentence opens the list: its totals close the sentence before
            prev = doc.sentences[k - 1] if k else None
            inside = s.figs
            before = prev.figs if prev is not None and prev.para == s.para else []
        else:
            inside = [f for f in s.figs if f.claim.start - s.start > at]
            before = [f for f in s.figs if f.claim.start - s.start < at]
        wholes: dict[str, Fig] = {}
        for w in before:
            if w.is_part and not w.is_baseline and (st := _stage(w)):
                wholes.setdefault(st, w)
        if set(wholes) != {"in", "done"}:
            continue
        first = wholes["in"]
        items = [f for f in inside if f.is_level and not f.is_baseline and not f.paren and same_measure(f, first)]
        if len(items) < 4:
            continue
        stages = [_stage(f) for f in items]
        if stages != ["in", "done"] * (len(items) // 2):
            continue  # each unit with its two figures, in order, nothing else of the measure
        for st in ("in", "done"):
            parts = tuple(f for f, x in zip(items, stages, strict=True) if x == st)
            out.append(Breakdown(wholes[st], parts, "其中", False, True))
    return out


def _intake_before(doc: Doc, s: Sentence, like: Fig | None = None) -> Fig | None:
    """The intake a sentence that opens on what became of it is of: the last figure of the sentence before (of
    the measure of `like`, when given), in its paragraph, stated ahead of any 其中 list there; past a sentence
    that only lists parts (其中,…)."""
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if t.para != s.para:
            return None
        cue = PARTS_CUE.search(t.text)
        head = [f for f in t.figs if cue is None or f.claim.start - t.start < cue.start()]
        # (共抽检2416批次,涵盖…22大类。经检验,合格2381批次: past a count of kinds after the intake)
        head = [f for f in head if like is None or same_measure(f, like)]
        got = next((f for f in reversed(head) if f.is_level and not f.is_baseline), None)
        if got is not None and cue is not None and not _ACCEPTED.match(label_of(got)):
            # 收到申请535件,其中受理488件。已审结462件,其余26件: what was closed is of those accepted
            accepted = [f for f in t.figs[got.pos + 1 :] if f.is_level and _ACCEPTED.match(label_of(f))]
            return accepted[-1] if accepted else got
        if got is not None:
            return got
    return None


_ACCEPTED = regex.compile(r"^(?:依法|经审查)?(?:受理|立案)")


def _refusals(doc: Doc) -> list[Breakdown]:
    """收到申请326件,依法受理298件,不予受理28件: what was taken in and what was refused are parts of the intake.

    Only when the two follow the intake directly, in its clause group, and nothing more of that measure is
    listed after them. The text does not say nothing else happened (告知, 撤回), so the list is not complete:
    parts that exceed the intake are a mismatch, parts that fall short are not.
    """
    out = []
    for s in doc.sentences:
        for b in s.parts:
            m = NEGATED_LABEL.match(DECIDED_LEAD.sub("", b.label))
            if m is None:
                continue
            # 抽检1,286批次,合格1,271批次,合格率98.83%。不合格样品15批次: the refused may open the next sentence
            prev = doc.sentences[s.index - 1] if s.index else None
            crossed = (
                not any(f.is_level for f in s.figs[: b.pos])
                and prev is not None
                and s.joined
                and _OPENS_WITH_REFUSED.match(s.text) is not None
            )
            before = [*prev.figs, *s.figs[: b.pos]] if crossed and prev is not None else s.figs[: b.pos]
            if not before:
                continue
            # 决定起诉4185人,较上年的3937人增长6.3%;决定不起诉1127人: the figure granted, past what is said of it
            a = next((f for f in reversed(before) if f.is_level and not f.is_baseline), None)
            if a is None or not (a.is_part and same_measure(a, b)):
                continue
            # 收到申请486件,…。经审查,依法受理452件,不予受理34件: the intake may close the sentence before
            # 抽检3862批次,涵盖…29大类食品,检验合格3791批次,不合格71批次: past a figure of another measure
            t = next(  # (受理1426件(其中旧存89件),…审结1347件,未结79件: past an aside in brackets)
                (
                    f
                    for f in reversed(a.sent.figs[: a.pos])
                    if f.is_level
                    and not f.is_baseline
                    and not f.paren
                    and same_measure(f, b)
                    # (抽检418个,其中出厂水96个、管网水322个,合格416个: past kinds smaller than what passed)
                    and f.claim.value >= a.claim.value
                ),
                None,
            )
            if t is None and a.pos == 0 and not crossed:
                t = _intake_before(doc, s, b)
                if t is None or not (is_base(t) and same_measure(t, b)):
                    continue
            if t is None or not (t.is_part and same_measure(t, b)):
                continue
            # 决定起诉 / 决定不起诉: the same words but for the 不 are one decision, over a ；
            twin = DECIDED_LEAD.sub("", a.label) == m.group("verb")
            # 立案287件,立案率92.0%;不符合立案标准的25件: the refused open the next group, nothing counted between
            follows = b.group == a.group + 1 and b is next(g for g in s.figs if g.group == b.group) and not any(
                g.is_level for g in s.figs[a.pos + 1 : b.pos]
            )
            # 受理1426件,…;审结1347件,未结79件: an intake may close the group before the one its outcomes open
            opens = a is next(g for g in a.sent.figs if g.group == a.group) and a.group == t.group + 1 and is_base(t)
            if not (a.group == b.group or twin or follows or crossed) or (
                t.sent is a.sent and t.group != a.group and not opens
            ):
                continue
            verb = m.group("verb")  # 未取得资格 of 取得执法资格: the verb's first word is enough
            if verb == "结" and _NEW_INTAKE.search(t.clause):
                continue  # 新收1,200件,审结1,150件,未结80件: the cases carried over are closed or open too
            if verb not in a.label and verb[:2] not in a.label:
                continue
            if NEGATED_LABEL.match(a.label) or (verb in t.label and not is_base(t)):
                continue
            if not is_base(t) and (t.claim.kind != "count" or "、" in a.sent.between(t.claim.end, a.claim.start)):
                continue  # 在职民警1286名,取得资格的1251名,未取得的35名: a count the two split, though no intake
            if grade(label_of(t)) is not None and grade(label_of(a)) is not None:
                continue  # 优秀97卷,合格315卷,不合格24卷: three grades side by side, none the whole of the others
            # 受理1972件,不予受理139件,告知…75件: what else became of the applications, listed right after
            more = []
            for nxt in s.figs[b.pos + 1 :]:
                if nxt.group != b.group or not nxt.is_level or nxt.is_baseline or not same_measure(nxt, b):
                    break
                if PARTS_CUE.search(s.between(b.claim.end, nxt.claim.start)):
                    break  # 未达标7项,其中健康领域3项…: the parts of the refused, no more beside them
                more.append(nxt)
            out.append(Breakdown(t, (a, b, *more), "不予", False, True))
    return out


_NEW_INTAKE = regex.compile(r"新收|新受理")
_CARRIED_OVER = regex.compile(r"旧存|上年结转|结转|积存")
_OPENS_WITH_REFUSED = regex.compile(r"^\s*(?:检验|检测|抽检)?(?:不合格|未通过|不予)")


def _contains(doc: Doc) -> list[Breakdown]:
    """教职工1405人, 专任教师1029人; 工业用电量A,…制造业用电量B: a part by definition, stated next to its whole."""
    out = []
    for s in doc.sentences:
        for w in s.parts:
            for f in s.parts:
                if f.index > w.index and same_measure(w, f) and _kind_of_named(label_of(w), label_of(f)):
                    out.append(Breakdown(w, (f,), "contains", False, True))
        ends = [(f, words) for f in s.parts if (words := {w for n in f.names for w in _contains_words(n)})]
        for w, whole_words in ends:
            for f, part_words in ends:
                if f.index <= w.index or not same_measure(w, f):
                    continue
                # 货物进出口总额 | 24.17 | 196.54: one row's cells of two periods; 出口总额 ends 进出口总额 too
                if any(a in whole_words and b in part_words and a not in part_words for a, b in lx.CONTAINS):
                    out.append(Breakdown(w, (f,), "contains", False, True))
    return out


@functools.lru_cache(maxsize=4096)
def _contains_words(name: str) -> frozenset[str]:
    """The words of the CONTAINS table a name ends with."""
    return frozenset(w for w in CONTAINS_WORDS if name.endswith(w))


# 共获得金牌38枚、银牌31枚…; 共承办代表建议402件、政协提案365件,合计767件: a 共 that heads the 、-list
_HAN = regex.compile(r"\p{Han}")
_ITEM_BRACKET = regex.compile(r"(?:^|[,，、)）])\p{Han}{2,16}[(（]$")
_SHARED_VERB = regex.compile(
    r"(?:共|累计)(?:拥有|获得|获|荣获|夺得|摘得|取得|承办|办理|收到|受理|接收|完成|实施|开展|举办|发放|新增|建成|认定|培育"
    r"|审查|审核|检查|排查|清理)"
)


_LAST_PART = regex.compile(r"[;；。]")
_BARE_TOTAL = regex.compile(r"[,，]?\s*共(?:为|达)?\s*|[\p{Han}“”]{1,16}?(?<!公)共(?:为|达)?\s*")


def _totals_after(doc: Doc) -> list[Breakdown]:
    """民事案件600件,刑事案件300件,行政案件100件,合计1000件: a total that sums the items before it."""
    out = []
    for s in doc.sentences:
        for w in s.parts:
            # 合计7643户11570人: the second figure of a total in two measures is a total by the first's words
            lead = s.figs[w.pos - 1] if w.pos else None
            paired = lead is not None and _twin_total(lead, w)
            head = lead if paired and lead is not None else w
            counted = _counted_total(head)
            # 第一批13个、第二批8个“一件事”重点事项共21个 / …、游园9个,共21个: a bare 共 right after the items
            bare = head.pos > 0 and _BARE_TOTAL.fullmatch(head.lead) is not None
            named = not (TOTAL_AFTER.search(head.clause) or counted or bare)
            # 取消9项、下放31项、承接47项,全年共调整87项: a 共 with a verb of its own after a 、-run of items
            joint = named and bool(_JOINT_SUM.match(w.clause))
            if named and not NAMED_TOTAL_AFTER.match(w.clause) and not joint:
                continue
            if REST_ITEM.match(_LAST_PART.split(w.lead)[-1].lstrip(" ,，")):
                continue  # …；其余为职业技能鉴定、工伤认定等方面,合计3771件次: the rest's total, the list's last item
            parts: list[Fig] = []
            nxt = s.figs[w.pos + 1] if w.pos + 1 < len(s.figs) else None
            if w.claim.unit in _KIND_UNITS and nxt is not None and not s.between(w.claim.end, nxt.claim.start):
                continue  # 共计4类8350件(套): the count of the kinds, right before the total of the things
            # 合同39份、规范性文件3件、决策事项5项,共计47件: things counted each in its own measure word, added up
            # (but 812户1296人、6831户10274人,合计7643户11570人: a total in two measures, each item in both)
            other = nxt if nxt is not None and _twin_total(w, nxt) else lead if paired else None
            mixed = not named and w.claim.kind == "count" and other is None
            # …年初结转和结余612.85万元;支出总计中,本年支出合计8,517.64万元: a total whose ;-group opens on a scope of
            # its own adds nothing of the group before
            scoped = GROUP_MARK.search(w.lead) is not None and SCOPE_OPEN.match(
                GROUP_MARK.split(w.lead)[-1].lstrip(" ,，")
            )
            for f in reversed(s.figs[: w.pos]):
                if scoped and f.group != w.group:
                    break
                if other is not None and (f is other or same_measure(f, other)):
                    continue  # 812户1296人、6831户10274人: each item's figure in the other measure
                if f.pos == w.pos - 1 and (counted or _ITEMS_COUNTED.fullmatch(w.lead)) and f.claim.value <= 20:
                    continue  # 三项合计122220件: the count of the items, none of them
                if f.pos == w.pos - 1 and f.clause.endswith(("上述", "以上", "前述")) and f.claim.value <= 20:
                    continue  # 上述三个城市合计956.6亿元: the count of the items referred to, none of them
                # (…医疗器械(318条次)四个类别,合计3072条次: the count of the kinds, named by the word after it)
                kinds = f.claim.unit in _KIND_TALLY or (f.claim.value <= 20 and _KINDS_NAMED.match(f.tail))
                tally = bool(kinds) and not _HAN.search(f.clause)
                if f.pos == w.pos - 1 and tally and not same_measure(f, w):
                    continue  # …寻衅滋事(29人)四类罪名,合计192人: the tally of the kinds listed, no name of its own
                # (盗窃(71人)、…寻衅滋事(29人)四类罪名,合计192人: the tally of the kinds is none of them)
                alike = same_measure(f, w) or (mixed and not tally and _mixed_item(f, parts, w))
                # 鹤川市(271.9亿元)、临澧市(198.4亿元): a place's figure in brackets after its name is an item
                named_aside = f.paren and f.is_level and alike and _ITEM_BRACKET.search(f.clause) is not None
                if f.paren and parts and parts[0].lead[:1] in ")）" and not named_aside:
                    continue  # 金牌87枚(其中全国比赛金牌11枚)、银牌64枚: an aside inside an item, of that item
                nxt = s.figs[f.pos + 1]
                aside = f.tail[:1] in "(（" and nxt.paren  # the 其中 of the aside after it (金牌87枚(其中…11枚))
                if (PARTS_CUE.search(f.tail) and not aside) or (f.is_level and not alike):
                    break  # the list starts after 其中, or the figures are of something else
                if not (f.is_part or named_aside) or not alike:
                    continue
                reviewed = bool(parts) and _REVIEWED.search(s.between(f.claim.end, parts[0].claim.start))
                if parts and (_QUOTA.search(f.clause) or reviewed):
                    # 核定事业编制110名,实有在编人员104人,另有…46人,合计150人: a quota, no head counted; 申请撤销
                    # 裁决14件,经审查,裁定撤销2件、不予执行1件,合计3件: what came in, before what was decided of it
                    break
                # 全年共受理案件1000件: a total of its own, not an item; but 共有小学、初中分别为12所、8所: the
                # first item of a 分别 list, whose 共 counts nothing by itself; and 检查危化企业146家、矿山12家…:
                # the verb heads a 、-list, its first figure is the list's first item
                # 提请抗诉6件,提出再审检察建议9件,…终结审查17件,合计121件: a verb that states no intake or total
                # (提出, 审查) names one more item
                weak = not (TOTAL_WORD.search(f.clause) or _INTAKE.search(f.clause) or BASE_OF_FOLLOWING.match(f.tail))
                if is_base(f) and not RESPECTIVE_END.search(f.clause) and not weak:
                    # 共获得金牌38枚、银牌31枚…,奖牌总数113枚: a 共 that heads the whole 、-list before its verb
                    shared = _SHARED_VERB.search(f.clause) and not TOTAL_AFTER.search(f.clause)
                    if parts and ENUM_NEXT.fullmatch(parts[0].lead) and (shared or not TOTAL_WORD.search(f.clause)):
                        parts.insert(0, f)
                    elif _NEW_INTAKE.search(f.clause) and any(_CARRIED_OVER.search(p.clause) for p in parts):
                        parts.insert(0, f)  # 新收734件,旧存41件,合计受理775件: the new cases and those carried over
                    break
                parts.insert(0, f)
            # 收入10.5亿元,其中出让收入9.4亿元；加上级补助收入0.3亿元、…,收入总计18.8亿元: the 其中 part stands for
            # nothing added; the figure it is listed of is
            added = [p for p in parts if p.group != parts[0].group]
            head = s.figs[parts[0].pos - 1] if parts and parts[0].pos else None
            if added and _ADDED_GROUP.match(added[0].clause) and head is not None and _adds_up(head, w):
                parts = [head, *added]
            if joint:
                # the items right before it and nothing else; their sum is likely meant, not sure
                right_after = parts and parts[-1].pos == w.pos - 1
                if _enumerated(parts) and right_after and _CLAUSE_ONLY.fullmatch(w.lead.removesuffix(w.clause)):
                    out.append(Breakdown(w, tuple(parts), "合计", not LIST_ETC.match(parts[-1].tail), True, False))
                continue
            if named and not _kinds_listed(parts, w):
                continue
            graded = _graded_items(w, parts)
            if graded:
                parts = graded  # 硕士A,本科B,大专C;本科及以上合计D: the grade named and those above it
            elif not named and not _totals_its_items(w, parts):
                continue  # 资产总额A,负债总额B,股东权益合计C: 合计 ends the name of a line of its own
            # 加上A、B,总计T: T adds the items to a figure before them; 甲,连同乙,合计T holds that figure
            lead = s.between(s.start, parts[0].claim.start) if parts else ""
            # 10亿元以上项目9个、5亿元至10亿元项目14个,亿元以上项目合计38个: classes by bounds that may leave a
            # stretch of the total's class out (1亿—5亿元), so no more than within it
            bounded = _BOUND_CLASS.search(label_of(w)) and any(_BOUND_CLASS.search(label_of(p)) for p in parts)
            head = s.figs[parts[0].pos - 1] if parts and parts[0].pos else None
            if (
                head is not None
                and head.group == w.group
                and head.is_level
                and same_measure(head, w)
                and head.claim.value + sum(p.claim.value for p in parts) == w.claim.value
            ):
                # 共接种免疫规划疫苗156.42万剂次,非免疫规划疫苗98.73万剂次,合计255.15万剂次: the first item, though its
                # 共 heads the sentence, when it makes the total up with the rest exactly
                parts.insert(0, head)
                lead = s.between(s.start, head.claim.start)
            if len(parts) >= 2 and not ADDED_TO.search(lead) and not _ADDED_INSIDE.search(lead):
                complete = not LIST_ETC.match(parts[-1].tail) and not bounded
                out.append(Breakdown(w, tuple(parts), "合计", complete, True))
    return out


def _twin_total(a: Fig, b: Fig) -> bool:
    """7643户11570人: two levels of two measures side by side, nothing between, one figure in both measures."""
    return (
        b.pos == a.pos + 1
        and a.is_level
        and b.is_level
        and not same_measure(a, b)
        and not a.sent.between(a.claim.end, b.claim.start)
    )


_INTAKE = regex.compile(alternation(lx.INTAKE_WORDS))
_COUNTED_ON = regex.compile(r"^(?:按|以)")
_COUNTED_END = regex.compile(r"^\s*(?:计算|计)")
_QUOTA = regex.compile(r"核定|编制数?$|定额|限额")
_REVIEWED = regex.compile(r"经(?:审查|审核|调查|核查|复核)")
_BOUND_CLASS = regex.compile(r"以上|以下|(?:[\d一二三四五六七八九十百千万亿]+\p{Han}{0,2}?)(?:至|到|[-—~])")
_KIND_UNITS = frozenset({*lx.KIND_UNITS, "个"})  # 4类, 3个: how many kinds, no amount of them
_JOINT_SUM = regex.compile(r"^(?:全年|本年|今年|全部)?共(?![同享建])\p{Han}{1,4}?(?:为|达)?$")
_CLAUSE_ONLY = regex.compile(r"\s*[,，]\s*")
# 三大板块合计, 三次产业合计, 以上四项合计: a sentence that opens on the count of the items it adds up
_COUNTED_TOTAL = regex.compile(
    r"^(?:以上|上述)?(?P<n>[两二三四五六七八九十]|\d)(?:大|个|项|类|次|家)?\p{Han}{0,6}?(?:合计|共计|总计)[,，]?"
)


def _counted_totals(doc: Doc) -> list[Breakdown]:
    """开发区产值A；工业园产值B；其余集中区产值C。三大板块合计完成产值T: a total whose sentence opens on the count
    of its items, which the sentence before lists one to a clause group, in its measure."""
    out = []
    for s in doc.sentences:
        m = _COUNTED_TOTAL.match(s.text.lstrip())
        if m is None or not s.index or not s.figs:
            continue
        n = one_digit(m["n"])
        w = next((f for f in s.figs if f.is_level and not f.is_baseline), None)
        t = doc.sentences[s.index - 1]
        if n is None or w is None or t.section != s.section or t.para != s.para:
            continue
        items = [f for f in t.mains if same_measure(f, w)]
        groups = {f.group for f in items}
        if len(items) == n and len(groups) == n and all(f.claim.value < w.claim.value for f in items):
            out.append(Breakdown(w, tuple(items), "合计", True, True))
    return out


def _adds_up(head: Fig, w: Fig) -> bool:
    """The figure a 其中 list opens after (its tail says 其中) that can be one more item of the total `w`."""
    return bool(PARTS_CUE.search(head.tail)) and head.is_part and same_measure(head, w)


_NAMED_SUM = regex.compile(rf"^(?P<name>\p{{Han}}{{2,12}}?)(?:{alternation(lx.SUM_AFTER)})")
_NO_NAME = regex.compile(
    r"^(?:以上|上述|前述)|各项|[一二两三四五六七八九十\d]+[项类个者地区县]|全年|本年|当年|全部|总共|两者|二者"
    r"|^全[省市县区州镇乡]$"  # 全县合计开展活动32场: the place's total names no kind
)


def _totals_its_items(w: Fig, parts: Sequence[Fig]) -> bool:
    """A total named before its 合计 (收入合计, 股东权益合计) adds up items that bear its name; one named by
    nothing or by the items (以上三项合计, 合计) adds up whatever is listed before it."""
    m = _NAMED_SUM.match(w.clause)
    if m is None or _NO_NAME.search(m["name"]):
        return True
    kinds = [k for k in regex.split(r"[和及与、]", m["name"]) if len(k) >= 2]
    if len(kinds) >= 2:
        # 契税和土地增值税合计1.62亿元: a total of the kinds its name joins, which must be the items before it
        return all(any(any(k in n or n in k for n in p.names if n) for k in kinds) for p in parts)
    chars = set(m["name"])  # 税收收入合计 of 增值税, 企业所得税: a word of the name in each item's
    return all(any(chars & set(n) for n in p.names if n) for p in parts)


# 两项补贴合计惠及7.71万人次: the count of the items, the words they share, the total and what it reached
_AFTER_ITEMS_COUNT = regex.compile(
    rf"^\p{{Han}}{{0,4}}?(?:{alternation(lx.SUM_AFTER)})\p{{Han}}{{0,4}}?(?:为|达|达到)?$"
)


def _counted_total(w: Fig) -> bool:
    """A total right after the count of the items it adds up (两项补贴合计惠及…), which cuts its clause short."""
    if w.pos == 0 or not _AFTER_ITEMS_COUNT.match(w.lead):
        return False
    f = w.sent.figs[w.pos - 1]
    return f.claim.kind == "count" and f.claim.unit in ("项", "类", "个", "种") and f.claim.value <= 20


def _graded_items(w: Fig, parts: Sequence[Fig]) -> list[Fig]:
    """The items a total named for a grade and those above it adds up (本科及以上学历员工合计): that grade's item
    and the items graded above it listed before it; empty when the name holds no such grade."""
    m = _NAMED_SUM.match(w.clause)
    rank = grade(m["name"]) if m is not None and "以上" in m["name"] else None
    if rank is None:
        return []
    same = next((p for p in parts if grade(label_of(p)) == rank), None)
    return [*higher_grades(same), same] if same is not None else []


def _mixed_item(f: Fig, later: list[Fig], w: Fig) -> bool:
    """A count in a 、-run that a total right after it adds up, though its measure word is its own."""
    # 合同39份、规范性文件3件 / 36个区级部门、11个街道 (each figure before what it counts)
    joined = (
        (ENUM_NEXT.fullmatch(later[0].lead) or _NAMED_BEFORE_NEXT.fullmatch(later[0].lead))
        if later
        else (_MIXED_TOTAL.match(w.lead))
    )
    return f.claim.kind == "count" and f.claim.multiplier == 1 and bool(joined)


_ITEMS_COUNTED = regex.compile(r"\s*(?:项|类|个|者)?\s*(?:共计|合计|总计)\s*(?:为|达)?\s*")
# a comma before the total: 三项合计 counts the items, it is none of them
_NAMED_BEFORE_NEXT = regex.compile(r"\p{Han}{1,8}、")
# …11个街道全部聘请法律顾问,共计47家: what the items did may stand between them and the total
_MIXED_TOTAL = regex.compile(r"^[^,，;；。\d]{0,16}[,，]\s*(?:共计|合计|总计)\s*(?:为|达)?\s*$")


def _kinds_listed(parts: Sequence[Fig], w: Fig) -> bool:
    """金牌7枚、银牌9枚、铜牌11枚,奖牌总数28枚: kinds joined by 、 in one clause, built alike, none named as a flow
    (新开门店256家,关闭门店38家,门店总数2563家 are changes of a stock), the total right after them."""
    if parts and parts[-1].pos == w.pos - 1 and len(parts) >= 2 and (m := _TOTAL_OF.match(w.clause)):
        # 移动电话用户A,固定电话用户B,电话用户总数达到T: kinds whose names end with the total's, however joined, the
        # total's clause right after them (not 外聘教师B,按…折半计算,教师总数为T: a total reckoned otherwise)
        alike = all(label_of(p).endswith(m["name"]) and label_of(p) != m["name"] for p in parts)
        between = w.lead.removesuffix(w.clause)
        # (兼职网格员B,主要由…担任,网格员总数达T: a clause that says who they are stands between)
        if alike and (_CLAUSE_ONLY.fullmatch(between) or not _RECKONED.search(between)):
            return True
    if not _enumerated(parts) or parts[-1].pos != w.pos - 1 or not LIST_OPENS.fullmatch(w.lead):
        return False
    labels = [label_of(p) for p in parts]
    return parallel(labels) and not any(NEW_ACTION.match(p.clause) or NEW_VERB.match(p.clause) for p in parts)


_RECKONED = regex.compile(r"按|折|计算|换算|[\d一二三四五六七八九十]")  # 按…折半计算: a total reckoned otherwise
_TOTAL_OF = regex.compile(r"^(?:全[省市县区])?(?P<name>\p{Han}{2,8}?)(?:总数|总计|合计)(?:为|是|达到|达)?\s*$")


_ADDED_START = regex.compile(r"^\s*(?:再)?加上")
_JOINT_TOTAL = regex.compile(
    r"^(?:全年|本年)?(?:(?:共|共计|合计|总计|累计)(?:需|应)?|需|应)\p{Han}{0,6}?(?:为|达)?$"
)
_ADDED_INSIDE = regex.compile(r"[,;，；]\s*(?:再)?(?:加(?:上)?|连同)(?=\p{Han})")
_TOTAL_NAME = regex.compile(r"(?P<measure>\p{Han}{1,6}?)(?:总计|合计|共计)\s*(?:为|达|达到)?\s*$")


def _added_totals(doc: Doc) -> list[Breakdown]:
    """加上上级补助收入A、债务转贷收入B…,收入总计T: T is the headline figure the text adds them to (一般公共预算
    收入完成25.63亿元, stated before in the same stretch of text and named by the total's measure) plus the items.
    A sentence may state both sides of a budget, each in its own clause group (收入…,加…,收入总计T；支出…,加…,
    支出总计T).
    """
    out = []
    for s in doc.sentences:
        at_start = _ADDED_START.match(s.text)
        cuts = [None] if at_start else list(_ADDED_INSIDE.finditer(s.text))
        for inside in cuts:
            got = _added_total(doc, s, inside)
            if got is not None:
                out.append(got)
    return out


def _added_total(doc: Doc, s: Sentence, inside: regex.Match[str] | None) -> Breakdown | None:
    cut = s.start + inside.start() if inside is not None else s.start
    after = [f for f in s.parts if f.claim.start > cut]
    group = after[0].group if after else -1
    # 新收12846件,加上旧存587件,共受理13433件: inside a sentence, a total that only says 共 (and its verb)
    total = next(
        (
            f
            for f in s.parts
            if (inside is None or f.group == group)
            and (
                (_TOTAL_NAME.search(f.clause) and (inside is None or f.claim.start > cut))
                or (inside is not None and f.claim.start > cut and _JOINT_TOTAL.match(f.clause))
            )
        ),
        None,
    )
    if total is None:
        return None
    m = _TOTAL_NAME.search(total.clause)
    measure = m.group("measure") if m else ""
    items = [f for f in s.parts if cut < f.claim.start < total.claim.start]
    if not items or not (measure or inside is not None) or not all(same_measure(f, total) for f in items):
        return None
    if inside is not None:
        # 一般公共预算收入38.20亿元,加上级补助收入A、调入资金B,收入总计T: the figure the items are added to
        # opens the same clause group
        base = next(
            (f for f in reversed(s.parts) if f.claim.start < cut and f.group == group and same_measure(f, total)),
            None,
        )
        if base is None and inside.group()[0] in ";；":
            # 新收执行案件6318件,同比下降4.7%;加上旧存517件,全年共受理6835件: the new intake the sentence opens on
            base = next((f for f in s.parts if f.claim.start < cut and same_measure(f, total)), None)
            if base is None or not any(w in base.clause for w in lx.NEW_INTAKE):
                base = None
    else:
        base = _headline_of(doc, s, total, measure) or _new_intake_before(doc, s, total)
    if base is None:
        return None
    # …、调入资金2.3亿元等,收入总计T: more items than named, so they may fall short of T; nor is a list whole that
    # passes over a figure of its measure (全年682部,是2022年284部的2.4倍;加上2023年的561部,三年累计超过1500部)
    passed = any(
        f.is_level and same_measure(f, total) and f not in items and f is not base
        for f in s.figs
        if base.claim.start < f.claim.start < total.claim.start
    )
    return Breakdown(total, (base, *items), "加上", not LIST_ETC.match(items[-1].tail) and not passed, True)


def _new_intake_before(doc: Doc, s: Sentence, total: Fig) -> Fig | None:
    """新收各类案件3,917件…。加上年初旧存案件642件,受理案件共计4,559件: the new intake that opens the sentence
    before, in the paragraph, which the cases carried over are added to."""
    if not s.index or (t := doc.sentences[s.index - 1]).para != s.para:
        return None
    first = next((f for f in t.figs if f.is_level and not f.is_baseline), None)
    if first is None or not same_measure(first, total) or not any(w in first.clause for w in lx.NEW_INTAKE):
        return None
    return first


# 结转下年 / 年终结转 / 当年结余 / 收支相抵,结转下年支出: what is left of a year's income after its spending (not
# 年末滚存结余 or 累计结余, a stock of all years)
_BALANCE = regex.compile(
    r"""^(?:收支相抵后?)?(?:当年|年终|本年|全年|当期)?(?:收支)?净?
        (?:结转下年|结转(?:结余)?|结余|结存|调出|调入一般公共预算)(?:下年)?(?:使用|支出|资金)?\s*(?:为|达)?\s*$""",
    regex.X,
)  # 调出资金, 调入一般公共预算: what leaves the fund for another (收入0.36亿元,支出0.21亿元,调出资金0.15亿元)
_BALANCE_WORD = regex.compile(r"支出|结转|结余|结存|调出")  # the words of the three figures of a balance
_SIDE_TOTAL = regex.compile(r"(?:总计|合计|总收入|总支出)\s*(?:为|达)?\s*$")


def _balances(doc: Doc) -> list[Breakdown]:
    """收入总计A…支出总计B,结转下年C; 收入A,支出B,当年结余C: what came in went out or is carried over (B + C = A).

    The three stand in a row: with totals, the two totals nearest before the balance in its paragraph; without,
    three figures in a row of one sentence, so no part of the income (其中税收收入) is taken for all of it."""
    out = []
    prev: list[Fig] = []  # the levels of the sentence before, when it is of the same paragraph
    last: Sentence | None = None
    for s in doc.sentences:
        if not _BALANCE_WORD.search(s.text):
            prev, last = [], None
            continue
        levels = [f for f in s.figs if f.is_level and not f.is_baseline and not f.paren]
        if last is None or last.para != s.para or last.index != s.index - 1:
            prev = []
        run = prev[-1:] + levels
        for k, c in enumerate(run):
            if k == 0 or c.sent is not s or not _BALANCE.match(c.clause):
                continue
            spent = run[k - 1]
            if "支出" not in spent.clause or not same_measure(spent, c):
                continue
            if _SIDE_TOTAL.search(spent.clause):
                income = _income_total(doc, spent)
            else:
                income = run[k - 2] if k >= 2 else None
                # the first figure of the sentence, or of its ;-group (…;政府性基金预算收入A,支出B,结转下年C)
                first = next((f for f in levels if income is not None and f.group == income.group), None)
                if income is not None and (income.sent is not s or first is not income):
                    income = None
            if income is None or "收入" not in income.clause or not same_measure(income, spent):
                continue
            if _SIDE_TOTAL.search(income.clause) and not _SIDE_TOTAL.search(spent.clause):
                continue
            nxt = run[k + 1] if k + 1 < len(run) else None
            if nxt is not None and nxt.group == c.group and _BALANCE.match(nxt.clause):
                continue  # 结转下年A,净结余B: the balance is told in two parts
            out.append(Breakdown(income, (spent, c), "balance", True, True))
        prev, last = levels, s
    return out


def _graded_rows(doc: Doc) -> list[Breakdown]:
    """行政处罚 | 120 | 38 | 76 | 6 under 评查类别 | 抽查卷数 | 优秀 | 合格 | 不合格: a table row's count and the
    grades it was sorted into, down to a failing grade, right after it: the grades add up to the count."""
    out = []
    for s in doc.sentences:
        if "\n" in s.text.strip() or not _ROW_MARKS.search(s.text):
            continue  # one table row per sentence
        figs = [f for f in s.figs if f.is_level and not f.is_baseline]
        for k, w in enumerate(figs[:-2]):
            grades: list[Fig] = []
            for f in figs[k + 1 :]:
                tier = grade(f.claim.subject or "")
                if tier is None or not same_measure(f, w) or (grades and tier <= grade(grades[-1].claim.subject or "")):
                    break
                grades.append(f)
            failing = bool(grades) and grade(grades[-1].claim.subject or "") == FAILING_GRADE
            if len(grades) >= 2 and failing and grade(w.claim.subject or "") is None:
                out.append(Breakdown(w, tuple(grades), "grades", True, True))
    return out




# 投诉举报合计3847件, 质量、售后服务两类问题合计4939件: a total that names the items it adds up
_NAMED_SUBTOTAL = regex.compile(r"(?P<names>[\p{Han}、和及与]{4,30}?)(?:合计|共计|总计)(?:为|达)?\s*$")
# (确认违法、撤销、责令履行三类直接纠错案件: after the tally of the items, the class they are of)
_JOINT_FILLER = regex.compile(r"[、和及与]|[两二三四五六七八九]\s*(?:类|项|者|种)\p{Han}{0,8}$|问题|类|案件|事项")
_ITEM_TAIL = regex.compile(r"^(?:问题|类|案件|事项|件)")


def _item_name(label: str, names: str) -> str:
    """The longest head of an item's label that the total's name holds, the rest of the label empty or its kind
    word (质量 of 质量问题仍居首位 in 质量、售后服务两类问题); '' when none."""
    for n in range(len(label), 1, -1):
        head, rest = label[:n], label[n:]
        if head in names and (not rest or _ITEM_TAIL.match(rest)):
            return head
    return ""


def _joint_totals(doc: Doc) -> list[Breakdown]:
    """其中,投诉3106件,举报741件,咨询1370件。投诉举报合计3847件: a total whose name is made of the names of items
    stated before it in its sentence or the two before in the paragraph; each item named, nothing else left."""
    out = []
    for s in doc.sentences:
        if "计" not in s.text:  # 合计, 共计, 总计
            continue
        for w in s.figs:
            if not w.is_level or w.is_baseline:
                continue
            m = _NAMED_SUBTOTAL.search(CLAUSE_MARK.split(s.between(s.start, w.claim.start))[-1])
            if m is None:
                continue
            names = m["names"]
            pool = [f for f in s.figs[: w.pos] if f.is_level and not f.is_baseline and same_measure(f, w)]
            for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
                if t.para == s.para:
                    pool = [f for f in t.figs if f.is_level and not f.is_baseline and same_measure(f, w)] + pool
            items: dict[str, Fig] = {}
            for f in reversed(pool):  # the nearest of each name
                own = _item_name(label_of(f), names)
                if own and own not in items:
                    items[own] = f
            rest = names
            for own in sorted(items, key=len, reverse=True):
                rest = rest.replace(own, "", 1)
            if len(items) >= 2 and not _JOINT_FILLER.sub("", rest):
                parts = sorted(items.values(), key=lambda f: f.index)
                out.append(Breakdown(w, tuple(parts), "joint", True, True))
    return out


# 一季度进出口562.14亿元;二季度618.40亿元…: a stretch named by its quarter, counted from the first
_QUARTER = regex.compile(r"(?<![前上下全本])第?(?P<q>[一二三四])季度(?P<measure>\p{Han}{0,10})$")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4}
# the stretch a total is stated for, by how many months it holds
_STRETCH_MONTHS = (
    (regex.compile(r"前三季度|1\s*[—\-–~至]\s*9月"), 9),
    (regex.compile(r"上半年|1\s*[—\-–~至]\s*6月"), 6),
    (regex.compile(r"(?<![二三四])(?:第一|一)季度|1\s*[—\-–~至]\s*3月"), 3),
    (regex.compile(r"全年|(?:19|20)\d\d年(?![度]?\s*[一二三四1-9]|\d{0,2}月|上半|前三)"), 12),
)
# 一至四季度进出口分别为A、B、C和D; 第一季度、第二季度…分别实现营业收入A、B…: the quarters in turn, from the first
_QUARTERS_RESPECTIVE = regex.compile(
    r"(?:第?一至第?[二三四]季度|第?一季度(?:[、和]第?[二三四]季度)+)[^,，;；。]{0,16}分别(?:为|是|实现|完成|达到?)?"
    r"[^,，;；。\d]{0,12}$"
)
# 分月看,1月进出口A…;2月受春节影响,进出口B…;3月进出口C: a ；-group that opens on its month, counted from January
_MONTH_GROUP = regex.compile(r"\s*(?:[^,，;；。]{1,6}看[,，]\s*)?(?P<m>\d{1,2})月份?(?![\d—\-–~至])")


def _quarter_lists(doc: Doc) -> list[Breakdown]:
    """分季度看,一季度进出口562.14亿元…;四季度664.58亿元: the figures of the quarters (or of the months, 1月…3月), in
    order, add up to the total stated before for the stretch they make up (全年: four quarters, 上半年: two,
    一季度 or 1—3月: three months), of their measure. Sure when the first quarter names the measure the total bears."""
    out = []
    for k, s in enumerate(doc.sentences):
        if "季度" not in s.text and "月" not in s.text:
            continue
        for stretches, months_each, measure in (_quarters_said(s), _months_said(s)):
            if len(stretches) < 2:
                continue
            whole = _stretch_total(doc, k, stretches[0], len(stretches) * months_each)
            if whole is not None:
                named = len(measure) >= 2 and any(measure in n for n in whole.names if n)
                out.append(Breakdown(whole, tuple(stretches), "按…分", True, True, firm=named))
    return out


def _quarters_said(s: Sentence) -> tuple[list[Fig], int, str]:
    """The figures of the sentence's quarters in order from the first, 3 (months each), the measure the first names."""
    quarters: list[Fig] = []
    measure = ""
    prev_end = s.start
    if "季度" not in s.text:
        return quarters, 3, measure
    for f in s.figs:
        said = s.between(prev_end, f.claim.start)
        prev_end = f.claim.end
        if not f.is_level or f.is_baseline or f.paren:
            continue
        if quarters and len(quarters) < 4 and f.lead.strip() in ("、", "和", "及") and _QUARTERS_RESPECTIVE.search(
            s.between(s.start, quarters[0].claim.start)
        ):
            if not same_measure(quarters[0], f):
                break
            quarters.append(f)  # 一至四季度…分别为A、B、C和D: the next of them in turn
            continue
        if not quarters and _QUARTERS_RESPECTIVE.search(s.between(s.start, f.claim.start)):
            quarters.append(f)
            continue
        m = _QUARTER.search(CLAUSE_MARK.split(said)[-1])
        if m is None or _QUARTER_NUMBER[m["q"]] != len(quarters) + 1:
            continue
        if quarters and not same_measure(quarters[0], f):
            break
        measure = measure or m["measure"]
        quarters.append(f)
    return quarters, 3, measure


def _months_said(s: Sentence) -> tuple[list[Fig], int, str]:
    """The first figure of each ；-group of the sentence that opens on its month, from January on, in order."""
    months: list[Fig] = []
    measure = ""
    seen: set[int] = set()
    for f in s.figs:
        if f.group in seen or not f.is_level or f.is_baseline or f.paren:
            continue
        start = max(s.text.rfind(";", 0, f.claim.start - s.start), s.text.rfind("；", 0, f.claim.start - s.start)) + 1
        m = _MONTH_GROUP.match(s.text, start, f.claim.start - s.start)
        if m is None:
            continue
        seen.add(f.group)
        if int(m["m"]) != len(months) + 1 or (months and not same_measure(months[0], f)):
            break
        if not months:  # 1月进出口A: the measure the first month names
            measure = CLAUSE_MARK.split(s.text[m.end() : f.claim.start - s.start])[-1].strip()
        months.append(f)
    return months, 1, measure if months else ""


def _stretch_total(doc: Doc, k: int, first: Fig, n: int) -> Fig | None:
    """The total of the stretch of `n` months the figures make, the first figure of its measure in the nearest of the
    eight sentences before (or the sentence itself) that opens on that stretch."""
    for t in reversed(doc.sentences[max(0, k - 8) : k + 1]):
        w = next((f for f in t.figs if f.is_level and not f.is_baseline and same_measure(f, first)), None)
        if w is None or w is first:
            continue
        head = t.between(t.start, w.claim.start)
        got = next((q for pattern, q in _STRETCH_MONTHS if pattern.search(head)), None)
        if got is not None:
            own = CLAUSE_MARK.split(head)[-1]
            return w if got == n and not _QUARTER.search(own) and not _MONTH_GROUP.match(own) else None
    return None


# 利润总额A,扣除所得税费用B后,净利润C: what is taken away, then what is left
_DEDUCTED = regex.compile(r"(?:扣除|扣减|减去|剔除|扣掉)\p{Han}{1,16}$")
_DEDUCTION_WORD = regex.compile(r"扣除|扣减|减去|剔除|扣掉|核减|审减")
_CLAIMED = regex.compile(r"(?:送审|报审|申报|申请)\p{Han}{0,8}$")
_APPROVED = regex.compile(r"(?:审定|核定|认定|审核确认)\p{Han}{0,6}$")
_CUT = regex.compile(r"(?:核减|审减|扣减)\p{Han}{0,6}$")
_LEFT = regex.compile(r"^后[,，]?\s*(?:实现|的|为)?\p{Han}{0,12}?(?:为|达|是)?\s*$")


def _deductions(doc: Doc) -> list[Breakdown]:
    """利润总额49.36亿元,扣除所得税费用6.42亿元后,净利润42.94亿元: the first figure is what is taken away and what
    is left (A = B + C), the three in a row of one sentence and one measure."""
    out = []
    for s in doc.sentences:
        if not _DEDUCTION_WORD.search(s.text):
            continue
        figs = s.figs
        for k in range(1, len(figs) - 1):
            whole, taken, left = figs[k - 1], figs[k], figs[k + 1]
            deducted = _DEDUCTED.search(taken.clause) and _LEFT.match(s.between(taken.claim.end, left.claim.start))
            # 送审结算额A,经审计审定B,核减C: what was claimed is what was approved and what was cut
            audited = _CLAIMED.search(whole.clause) and _APPROVED.search(taken.clause) and _CUT.search(left.clause)
            if not (deducted or audited):
                continue
            # 核减1235.6万元 reads as a change (a saving), an amount all the same
            if not all((f.is_level or (audited and f.is_change_amount)) and not f.is_baseline and not f.paren
                       for f in (whole, taken, left)):
                continue
            if not (same_measure(whole, taken) and same_measure(whole, left)):
                continue
            if deducted and _BOTH.search(taken.clause):
                # 地表水A,地下水B,扣除两者之间的重复量C后,总量D: taken from the two together (D = A + B − C)
                first = figs[k - 2] if k >= 2 else None
                if first is not None and first.is_level and not first.paren and same_measure(first, whole):
                    out.append(Breakdown(left, (first, whole), "balance", True, True, minus=(taken,)))
                continue
            out.append(Breakdown(whole, (taken, left), "balance", True, True))
    return out


_BOTH = regex.compile(r"两者|二者|双方|上述|以上|前述")


# 一般公共预算财政拨款支出决算按功能分类,农林水支出A,占x%；…: a sentence that names what it breaks down before
# the dimension
_NAMED_DIMENSION = regex.compile(
    r"^\s*(?P<name>\p{Han}{2,20}?)(?:决算|预算|情况)?(?:按|分)\p{Han}{1,8}?(?:分类|划分|分|看)[,，:：]"
)


def _named_dimension_lists(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """The kinds a sentence lists after naming their whole and the dimension (…支出决算按功能分类,), of the figure
    so named before it in its chapter (一般公共预算财政拨款支出2,874.36万元, a section before)."""
    out = []
    for s in doc.sentences:
        m = _NAMED_DIMENSION.match(s.text)
        if m is None:
            continue
        parts = _items([f for f in s.figs if f.is_part and f not in taken])
        if len(parts) < 2:
            continue
        w = _named_earlier(doc, s, m.group("name"))
        if w is not None and all(same_measure(p, w) for p in parts):
            out.append(_make_list(w, parts, _BY_ALL))
    return out


def dimension_runs(doc: Doc, taken: set[Fig]) -> list[list[Fig]]:
    """The kinds a sentence lists by a dimension it names bare (按诉求性质分, 从受理渠道看) with no whole in reach:
    their whole is a total stated further back (`shares.far_dimension_lists`)."""
    out = []
    for s in doc.sentences:
        if not opens_by_dimension(s):
            continue
        figs = [f for f in s.figs if f.is_part and not f.paren and not f.is_baseline]
        if not figs or any(f in taken for f in figs):
            continue
        parts = _items(figs, by_dimension=True)
        # (城镇A;乡村B: two kinds, when they are every member of a series)
        enough = len(parts) >= 3 or (len(parts) == 2 and complete_series(parts))
        if enough and all(same_measure(p, parts[0]) for p in parts):
            out.append(parts)
            continue
        # 道路运输领域发生事故71起、死亡64人;工矿商贸领域…45起、死亡38人;…: each kind in two measures, one run each
        # (up to a 其中 that breaks an item down: 流向省外1108项,…,其中流向大湾区412项)
        cut = next((k for k, f in enumerate(figs) if PARTS_CUE.search(f.clause)), len(figs))
        figs = figs[:cut]
        if not figs:
            continue
        firsts = [f for f in figs if same_measure(f, figs[0])]
        seconds = [f for f in figs if not same_measure(f, figs[0])]
        paired = len(firsts) >= 3 and len(firsts) == len(seconds) and all(same_measure(f, seconds[0]) for f in seconds)
        if paired and all(a.pos + 1 == b.pos for a, b in zip(firsts, seconds, strict=True)):
            out += [firsts, seconds]
    return out


def _named_earlier(doc: Doc, s: Sentence, name: str) -> Fig | None:
    """The nearest figure before `s` in its section or the sections beside it whose name is `name` (its core),
    within reach."""
    c = core(name)
    if len(c) < 4:
        return None
    for t in reversed(doc.sentences[max(0, s.index - _SCOPE_REACH) : s.index]):
        if t.section[:-1] != s.section[:-1]:
            break
        for f in reversed(t.figs):
            if f.is_level and not f.is_baseline and any(core(n) == c for n in f.names if n):
                return f
    return None


# 收入总计, 支出总计, 收入、支出决算总计均为: the totals of a department's final accounts
# 收入总计, 收入、支出总计, 收、支总计, 收支总计: the sides a total is of
_SIDE_TOTALS = regex.compile(r"(?P<sides>收入?(?:[、和及与]?支出?)?|支出)(?:决算)?总计(?:均|各)?(?:为|是|达)?\s*$")
_THIS_YEAR = {side: regex.compile(rf"本年{side}(?:合计|总计)?(?:为|是|达)?\s*$") for side in ("收入", "支出")}
_CARRIED = {
    "收入": regex.compile(r"(?:年初|上年)结转(?:和|及)?(?:结余)?(?:资金)?(?:为|是|达)?\s*$"),
    "支出": regex.compile(r"(?:年末|年终)结转(?:和|及)?(?:结余)?(?:资金)?(?:为|是|达)?\s*$|结转下年(?:支出)?\s*$"),
}
_CARRIED_REACH = 8  # sentences after the totals in which the year's own figures and the carry-overs are looked for


def _carried_totals(doc: Doc) -> list[Breakdown]:
    """收入总计8642.35万元 … 本年收入合计7956.18万元 … 年初结转和结余686.17万元: a department's total income is the
    year's income and what the year before carried over; its total spending, the year's spending and what it
    carries over to the next (本年支出合计 + 年末结转和结余)."""
    out = []
    for s in doc.sentences:
        if "总计" not in s.text:
            continue
        for w in s.figs:
            m = _SIDE_TOTALS.search(w.clause) if w.is_level and not w.is_baseline else None
            if m is None:
                continue
            after = [f for t in doc.sentences[s.index : s.index + _CARRIED_REACH] for f in t.figs if f.index > w.index]
            for side in ("收入", "支出"):
                if side[0] not in m.group("sides"):
                    continue
                year = next((f for f in after if _THIS_YEAR[side].search(f.clause)), None)
                carried = next((f for f in after if _CARRIED[side].search(f.clause)), None)
                if year is None or carried is None or carried.index < year.index:
                    continue
                if same_measure(year, w) and same_measure(carried, w) and not year.is_baseline:
                    out.append(Breakdown(w, (year, carried), "carried", True, True))
    return out


# 受理 / 全年共受理 / 向法院提出: the verb opens the label, after at most whom it was addressed to
_STREAM_TAKEN = regex.compile(
    rf"^(?:[向对]\p{{Han}}{{1,8}}?)?(?:{alternation(lx.STREAM_FINDERS)})?(?:全年|共|累计|依法|全部)*"
    rf"(?:{alternation(lx.STREAM_TAKEN)})"
)
_STREAM_GAP = regex.compile(r"[,，;；、]")
_STREAM_LATER = regex.compile(rf"^(?:其中|共|均|依法|法院|全部|被)*(?:{alternation(lx.STREAM_LATER)})")


def _streams(doc: Doc) -> list[Breakdown]:
    """受理复议申请46件,审结43件; 收到612件,受理578件; 提出建议5件,法院采纳4件: a later stage of the cases counted
    right before it is within them. Not firm: closings may include cases carried over from the year before."""
    out = []
    for s in doc.sentences:
        levels = [f for f in s.figs if f.is_level and not f.is_baseline and not f.paren and f.claim.kind == "count"]
        for w, f in itertools.pairwise(levels):
            taken, later = label_of(w), label_of(f)
            done = later.startswith("已") and _STREAM_LATER.match(later[1:])  # 案件62件,…已审结55件
            if not (_STREAM_TAKEN.match(taken) or done) or not _STREAM_LATER.match(later.lstrip("已")):
                continue
            if not countable(w, f):
                continue
            if not _STREAM_GAP.search(s.between(w.claim.end, f.claim.start)):
                continue  # a table row's cells under 受理 and 办结: the table's own columns say what they are
            head = _STREAM_TAKEN.match(later)
            if head is not None and head.group() == _STREAM_TAKEN.match(taken).group():  # type: ignore[union-attr]
                continue  # 受理A类12件,受理B类8件: two kinds of one stage
            if f.group != w.group and f is not next(g for g in levels if g.group == f.group):
                continue  # across a ；only the figure that opens its group goes on from the one before
            if "分别" in f.clause and "分别" in s.between(s.start, w.claim.start):
                continue  # 分别下发A、B…,已整改分别为C、D…: runs of places, each its own stream, no stage of the last
            out.append(Breakdown(w, (f,), "stage", False, False, firm=False))
    return out


def _nets(doc: Doc) -> list[Breakdown]:
    """出生率A,死亡率B,自然增长率C; 迁入A,迁出B,净迁出C; 出口A,进口B,顺差C: a difference stated after the two figures
    it is of, in its paragraph (the larger side is the whole: B + C = A)."""
    out = []
    for s in doc.sentences:
        # (城关区  86425  12863  8214  4649 under 年末实有 本年新设 本年注销 净增: a row's cells bear the column's name)
        if not _NET_WORD.search(s.text) and not any(_NET_WORD.search(f.claim.subject or "") for f in s.figs):
            continue
        for n in s.figs:
            # a table's column of the year before holds a net of its own, of the sides in that column
            earlier = n.claim.role == "before"
            if n.is_baseline and not earlier:
                continue  # the net figure may read as a change (自然增长率-0.72‰): its name says what it is
            prior = s.figs[n.pos - 1] if n.pos else None
            compared = prior is not None and prior.is_baseline and prior.group == n.group
            own_word = _NET_WORD.search(n.clause)  # 较上年末的1,813家净增233家: the net said in its own clause
            if n.is_change and not own_word and (compared or _COMPARED_CLAUSE.search(n.clause)):
                continue  # 净迁出1.41万人,比上年的2.05万人减少0.64万人: the change of the net, no net of its own
            hit = _NET_WORD.search("\n".join(n.names))
            if hit is None:
                continue
            ident = next(x for x in lx.NET_IDENTITIES if x[0] == hit.group())
            net_word, plus_words, minus_words = ident
            if not _NET_WORD.search(s.text) and (net_word in lx.BALANCE_NETS or net_word == "收支缺口"):
                continue  # a table's balance column adds up with its row (`_row_totals`), no net said in words
            # the rows just above a table row are of its table, whatever paragraphs the layout reads
            row = bool(_ROW_BAR.search(s.text))
            near = [
                t
                for t in doc.sentences[max(0, s.index - 3) : s.index + 1]
                if t.para == s.para or (row and _ROW_BAR.search(t.text) and t.block == s.block)
            ]
            before = [
                f
                for t in near
                for f in t.figs
                if f.index < n.index
                and f.unit == n.unit
                and not f.is_change
                and (f.claim.role == "before" if earlier else not f.is_baseline)
                and not _COMPARED.match(f.label)  # 较去年同月的3,728亿港元: an earlier value, not this one
                and not milestone(f)  # 进口406.7亿元,首次突破400亿元;贸易顺差…: the mark passed is no side
            ]
            # 新开352家,关闭115家,净增237家: the two sides may follow the net figure too, in its sentence
            after = [f for f in s.figs[n.pos + 1 :] if f.unit == n.unit and not f.is_change and not f.is_baseline]
            nxt = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
            if nxt is not None and nxt.para == s.para and _SIDES_AFTER.match(nxt.text) and n.pos == len(s.figs) - 1:
                # 净增243户。其中,年内新增1389户,…退出1146户: the two sides said in the sentence after the net
                after += [f for f in nxt.figs if f.unit == n.unit and not f.is_change and not f.is_baseline]
            if net_word in lx.BALANCE_NETS or net_word == "收支缺口":
                # 收入68.35亿元。其中,…利息及其他收入4.59亿元: an item of the income is no side of the balance
                # 收入186.42亿元,其中统筹基金收入118.63亿元;支出161.37亿元: nor is one of its own sentence
                # 支出中,统筹基金支出A,…生育保险待遇支出B: nor one of a sentence that opens on the spending as scope
                before = [
                    f
                    for f in before
                    if not PARTS_CUE.search(f.lead)
                    and (f.sent is s or not PARTS_CUE.search(f.sent.between(f.sent.start, f.claim.start)))
                    and not SCOPE_OPEN.match(f.sent.text.lstrip())
                ]
                after = []
            # 迁入6204人,其中从省外迁入1362人;迁出5546人: a side not listed under another figure comes first
            # (其中,出口A;进口B;顺差C: the sides may be listed under their total all the same)
            # (…其中新设企业A;新设个体工商户B;新设合作社C: every item past the 其中 is listed, not only the first)
            unlisted = [f for f in before if not PARTS_CUE.search(f.sent.between(f.sent.start, f.claim.start))]
            plus = (
                _side(unlisted, plus_words, (net_word, *minus_words))
                or _side(before, plus_words, (net_word, *minus_words))
                or _side(after[::-1], plus_words, (net_word,))
            )
            minus = (
                _side(unlisted, minus_words, (net_word, *plus_words))
                or _side(before, minus_words, (net_word, *plus_words))
                or _side(after[::-1], minus_words, (net_word,))
            )
            # 经营活动现金流入小计A,…;投资活动产生的现金流量净额B: a cash flow's net is of the sides of its activity
            named = next((x for x in n.names if x and net_word in x), "")
            qualifier = _NET_OF.sub("", named.partition(net_word)[0]) if net_word == "现金流量净额" else ""
            if len(qualifier) >= 2 and not all(
                any(qualifier[:2] in x for x in side.names if x) for side in (plus, minus) if side is not None
            ):
                continue
            if plus is not None and minus is not None and plus is not minus:
                if net_word in lx.BALANCE_NETS and plus.claim.value < minus.claim.value:
                    continue  # a balance named a surplus is no deficit: the sides are not these
                out.append(Breakdown(plus, (minus, n), "net", True, True))
    return out


_SIDES_AFTER = regex.compile(r"\s*其中")
_NET_OF = regex.compile(r"(?:产生的|的)$|^(?:全年|本年|当期|全市|全县|全省)")
_NET_WORD = regex.compile(alternation([x[0] for x in lx.NET_IDENTITIES]))
_COMPARED_CLAUSE = regex.compile(r"^(?:比|较|同比|环比)")
_ROW_BAR = regex.compile(r"[|｜\t]")
_SUM_WORD = regex.compile(alternation([w for whole, _ in lx.SUM_IDENTITIES for w in whole]))


_GAP = regex.compile(r"(?:两者|二者|两地|前后)(?:之间)?(?:相差|差距为|差距|差值为|之差为)\s*(?:为|达)?\s*$")


def _gaps(doc: Doc) -> list[Breakdown]:
    """最低的24微克/立方米,最高的38微克/立方米,两者相差14微克/立方米: the larger is the smaller plus the gap."""
    out = []
    for s in doc.sentences:
        for k, g in enumerate(s.figs):
            if k < 2 or not _GAP.search(g.clause):
                continue
            a, b = s.figs[k - 2], s.figs[k - 1]
            alike = all(f.claim.kind == g.claim.kind and f.claim.unit == g.claim.unit for f in (a, b))
            # 外出比重为61.3%,老一代农民工为36.8%,两者相差24.5个百分点: two rates, the gap in points
            points = a.claim.unit == b.claim.unit == "%" and g.claim.unit == "百分点"
            if not (alike or points):
                continue
            if a.is_change or b.is_change or a.is_baseline or b.is_baseline:
                continue
            low, high = sorted((a, b), key=lambda f: f.claim.value)
            out.append(Breakdown(high, (low, g), "gap", True, True))
    return out


_LIMIT = regex.compile(r"限额\s*$")
_WITHIN = regex.compile(r"^\s*(?:以内|之内|内|范围内)")


def _limits(doc: Doc) -> list[Breakdown]:
    """债务余额83.74亿元,控制在省核定的债务限额86.50亿元以内: a balance within the limit stated after it."""
    out = []
    for s in doc.sentences:
        if "限额" not in s.text:
            continue
        for w in s.figs:
            within = _WITHIN.match(w.tail) or w.claim.approx == "at_most"  # 以内 may be read as the qualifier
            if not w.is_level or not _LIMIT.search(w.clause) or not within:
                continue
            held = next((f for f in reversed(s.figs[: w.pos]) if f.is_level and not f.is_baseline), None)
            if held is not None and held.group == w.group and same_measure(held, w) and "余额" in label_of(held):
                out.append(Breakdown(w, (held,), "limit", False, False))
    return out


def _rate_sums(doc: Doc) -> list[Breakdown]:
    """综合成本率98.6%,其中综合赔付率72.4%、综合费用率26.2%; 资产总额A,负债总额B,股东权益C: a figure the sum
    of the figures named as its terms in the same sentence (SUM_IDENTITIES)."""
    out = []
    for s in doc.sentences:
        if _SUM_WORD.search(_NOTE_INSIDE.sub("", s.text)):
            out += _rate_sum(s)
    return out


# 国有资产(不含金融企业,下同)总额: a note in brackets inside a name
_NOTE_INSIDE = regex.compile(r"[(（][^()（）]{0,20}[)）]")


def _named_as(f: Fig, words: tuple[str, ...]) -> bool:
    return any(_NOTE_INSIDE.sub("", n).removesuffix("合计").endswith(words) for n in f.names if n)


def _rate_sum(s: Sentence) -> list[Breakdown]:
    out = []
    figs = [f for f in s.figs if (f.is_level or f.is_rate) and not f.is_change and not f.is_baseline]
    for w in figs:
        ident = next((terms for whole, terms in lx.SUM_IDENTITIES if _named_as(w, whole)), None)
        if ident is None:
            continue
        parts = [next((f for f in figs if f is not w and same_measure(f, w) and _named_as(f, t)), None) for t in ident]
        if all(p is not None for p in parts):
            out.append(Breakdown(w, tuple(p for p in parts if p is not None), "identity", True, True))
    return out


_COMPARED = regex.compile(r"^(?:较|比|与|同比|上年|去年)")


def _side(figs: list[Fig], words: tuple[str, ...], others: tuple[str, ...]) -> Fig | None:
    """The nearest figure named by one of `words` and none of `others` (出口 and not 进出口, 顺差)."""
    for f in reversed(figs):
        names = [m for m in f.names if m]
        if any(w in m for w in words for m in names) and not any(
            o in m or "进出口" in m for o in others for m in names
        ):
            return f
    return None


def _income_total(doc: Doc, spent: Fig) -> Fig | None:
    """The income total (收入总计) nearest before a spending total, in its paragraph and at most two sentences
    back; None when a figure that is no income total stands nearer with 收入 in its name."""
    s = spent.sent
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index + 1]):
        if t.para != s.para:
            break
        for f in reversed(t.figs):
            if t is s and f.claim.start >= spent.claim.start:
                continue
            if f.is_level and "收入" in f.clause:
                if _SIDE_TOTAL.search(f.clause):
                    return f
                # 总收入A,其中…基金收入B,…基金收入C: an income listed under the total is passed over
                total = next((g for g in t.figs[: f.pos] if g.is_level and _SIDE_TOTAL.search(g.clause)), None)
                if total is None or not PARTS_CUE.search(t.between(total.claim.end, f.claim.start)):
                    return None
    return None


def _headline_of(doc: Doc, s: Sentence, total: Fig, measure: str) -> Fig | None:
    """The first figure of the stretch before `s` (its section and block) that opens its sentence and is named
    by `measure` (一般公共预算收入 for 收入总计)."""
    k = s.index - 1
    while k >= 0 and doc.sentences[k].section == s.section and doc.sentences[k].block == s.block:
        k -= 1
    for t in doc.sentences[k + 1 : s.index]:
        # (收入年初预算为4.20亿元,实际完成4.57亿元: what was done, not the budget stated first)
        first = next((f for f in t.figs if f.is_level and not _BUDGET_SET.search(f.clause)), None)
        named = first is not None and any(measure in n for n in first.names if n)
        if named and first is not None and first.is_part and same_measure(first, total):
            return first
    return None


_BUDGET_SET = regex.compile(r"(?:年初|年度)?(?:预算|计划|目标)(?:数|值)?(?:为|是)?\s*$")
_GRADED = regex.compile(r"优秀|良好|合格|达标|满意")


def _enumerations(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """共梳理出涉企规范性文件62件,拟废止6件、修改2件: a total, then a 、-joined list right after it."""
    out = []
    for s in doc.sentences:
        figs = s.figs
        for k, w in enumerate(figs):
            if not w.is_level or w.is_baseline or k + 2 >= len(figs):
                continue
            if not TOTAL_CUE.search(w.clause) and not (is_base(w) and _GRADED.search(label_of(figs[k + 1]))):
                continue  # 抽查案卷360卷,评为优秀的112卷、合格的232卷…: the grades of what was checked
            first = figs[k + 1]
            if not LIST_OPENS.fullmatch(first.lead) or TOTAL_CUE.search(first.clause):
                continue  # 全年新增2处,全市共有国家级4处、省级7处: a total of its own after the first figure
            parts = [first]
            for g in figs[k + 2 :]:
                if not LIST_GOES_ON.fullmatch(g.lead):
                    break
                parts.append(g)
            # 全年柔性引进院士三名,新引进…十四名、…六十三名: a figure an item alone far outgrows is no total of them
            outgrown = any(p.claim.value > 2 * w.claim.value for p in parts)
            fit = all(p.is_part and same_measure(p, w) and p not in taken for p in parts)
            if len(parts) >= 2 and not outgrown and fit:
                labels = [label_of(p) for p in parts]
                # 监测28点次,昼间达标27点次、夜间达标24点次: one grade twice, of two sides of each thing, no partition
                grades = {m.group() for x in labels if (m := _GRADED.search(x))}
                once = not (len(grades) == 1 and all(_GRADED.search(x) for x in labels))
                out.append(Breakdown(w, tuple(parts), "list", False, once and parallel(labels)))
        if (b := _grades_after(doc, s, taken)) is not None:
            out.append(b)
    return out


def _grades_after(doc: Doc, s: Sentence, taken: set[Fig]) -> Breakdown | None:
    """共抽查案卷436卷。评查结果:优秀97卷,合格315卷,不合格24卷: the grades of what the figure before counts (in the
    sentence, or closing the one before), each thing one grade, after words that open on how they came out."""
    for k, first in enumerate(s.figs):
        lead = s.between(s.figs[k - 1].claim.end if k else s.start, first.claim.start)
        if first.paren or not _GRADES_OPEN.match(lead.lstrip(",，;；:： ")):
            continue
        parts: list[Fig] = []
        for g in s.figs[k:]:
            if g.paren or g.group != first.group or not g.is_part:
                break
            if not GRADE.fullmatch(_GRADE_LEAD.sub("", label_of(g))):
                break
            parts.append(g)
        ranks = [grade(label_of(p)) for p in parts]
        if len(parts) < 2 or len(set(ranks)) != len(ranks) or taken.intersection(parts):
            return None
        if k:
            w = s.figs[k - 1]
        elif s.index and (t := doc.sentences[s.index - 1]).para == s.para:
            w = next((f for f in reversed(t.figs) if f.is_level and not f.is_baseline and not f.paren), parts[0])
        else:
            return None
        if not w.is_level or w.is_baseline or w.paren or not (is_base(w) or TOTAL_CUE.search(w.clause)):
            return None
        if not all(same_measure(p, w) and p.claim.value <= w.claim.value for p in parts):
            return None
        return Breakdown(w, tuple(parts), "list", False, True)
    return None


# 评查结果:优秀…; 经考核,评定为优秀…; 测评结果显示,优秀…: a sentence that opens on how what was assessed came out
_GRADE_LEAD = regex.compile(
    r"^\s*(?:经)?(?:评查|评定|考核|测评|评审|评估|验收|考评|评价)?(?:结果)?(?:显示|表明|为|是)?\s*[:：,，]?\s*"
    r"(?:评定为|评为|被评为|定为)?"
)
_GRADES_OPEN = regex.compile(_GRADE_LEAD.pattern + r"\p{Han}{2,4}$")


def _dispositions(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """行政复议案件29件,经复议维持24件、撤销2件、终止3件: how the cases counted right before ended, each case one way,
    so together they cannot exceed them (the list need not be complete)."""
    out = []
    for s in doc.sentences:
        figs = s.figs
        for k, w in enumerate(figs[:-2]):
            if not w.is_part or w.claim.kind != "count" or w in taken:
                continue
            if DISPOSITION.match(_DISPOSITION_LEAD.sub("", label_of(w))):
                continue  # 维持24件、撤销2件: an item of the list, not its whole
            parts: list[Fig] = []
            for g in figs[k + 1 :]:
                if g.group != w.group or not g.is_part or not same_measure(g, w):
                    break
                if not DISPOSITION.match(_DISPOSITION_LEAD.sub("", label_of(g))):
                    break
                parts.append(g)
            if len(parts) >= 2 and not taken.intersection(parts):
                out.append(Breakdown(w, tuple(parts), "list", False, False, disjoint=True))
    return out


# 经复议维持, 其中撤销; 审结的案件中维持: the scope or the procedure before the outcome
_DISPOSITION_LEAD = regex.compile(r"^(?:在?[\p{Han}的]{1,12}?中[,，]?)?(?:经复议|经审理|经审查|其中|分别)?")


def _within_lists(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """在审结的1203件案件中,判决结案654件、调解结案412件…: the figures after an "N件中" total, in its clause group
    and of its measure, are parts of it. The list is not said to be complete."""
    out = []
    for s in doc.sentences:
        for w in s.parts:
            if not BASE_OF_FOLLOWING.match(w.tail):
                continue
            items: list[Fig] = []
            total: Fig | None = None  # 在412件中废止27件、修改46件,合计73件: the items' own total
            for f in s.figs[w.pos + 1 :]:
                # (甲级病历1087份,甲级率87.9%;乙级病历131份;丙级病历18份: past a ；a kind named alike goes on,
                # which `_items` tells)
                if (f.is_level and not same_measure(f, w)) or BASE_OF_FOLLOWING.match(f.tail):
                    break
                if f.group != w.group and (total is not None or not items):
                    break
                if f.is_part and TOTAL_AFTER.search(f.clause):
                    total = total or f
                elif f.is_part and total is None and not f.is_baseline:  # (较上次检查的27份: an earlier value)
                    items.append(f)
            parts = _items(items)
            if len(parts) >= 2 and not taken.intersection(parts):
                out.append(_make_list(w, parts, "中"))
            elif total is not None and len(parts) >= 2:
                out.append(Breakdown(w, (total,), "中", False, False))
            elif len(items) == 1 and items[0] is s.figs[w.pos + 1] and not _listed_last(w, taken, items[0]):
                # 58个派出所中仍有9个未配备…; 41个行业中有30个增长: the one figure counted within the total
                out.append(Breakdown(w, (items[0],), "中", False, False))
    return out


_LISTED_LAST = regex.compile(r"[、和及与]\s*$")


def _listed_last(w: Fig, taken: set[Fig], item: Fig) -> bool:
    """9个村、2个社区中有3个: the total is of the list, not its last item; or the item is in a list already."""
    return item in taken or (w.pos > 0 and bool(_LISTED_LAST.search(w.lead)))


def _series_after(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """地区生产总值完成158.62亿元…。第一产业实现增加值31.04亿元…;第二产业…;第三产业…: a sentence that names every
    member of a complete series, right after the sentence whose headline figure they make up."""
    out = []
    for s in doc.sentences:
        if not s.index or not s.joined or not (SERIES_WORD.search(s.text) or "产业" in s.text):
            continue
        prev = doc.sentences[s.index - 1]
        head = next((w for w in prev.figs if w.is_level and not w.is_baseline and not w.paren), None)
        if head is None or head not in prev.parts:
            continue
        if not (_SERIES_WHOLE.search(head.clause) or TOTAL_CUE.search(head.clause)):
            continue
        parts = _items([f for f in s.figs if f.is_part and f not in taken], by_dimension=True)
        if len(parts) < 2 or not all(same_measure(p, head) for p in parts):
            continue
        if any(f in taken and same_measure(f, head) for f in s.figs[: parts[0].pos]):
            continue  # 其中,财产险A;人身险B,分别为寿险C、健康险D、意外险E: the series is of a kind listed before it
        if not _series_of(head, parts):
            continue  # 科技馆8个。城市社区活动室326个,农村活动场地871个: town and country, but of other things
        if complete_series(parts):
            out.append(_make_list(head, parts, "其中"))
        elif (m := _COUNTED_SERIES.search(s.between(s.start, parts[0].claim.start))) and _SMALL_N[m["n"]] == len(
            parts
        ):
            # 三次产业增加值分别为A、B和C: the series counted, each member's figure in turn
            out.append(_make_list(head, parts, "分别为"))
    return out


def _series_of(head: Fig, parts: Sequence[Fig]) -> bool:
    """Whether the members count one thing (第一产业增加值, 第二产业增加值: the same words past the member) or
    each shares a word with the headline (城镇常住人口 of 常住人口)."""
    rests = {SERIES_WORD.sub("", p.claim.subject or p.label) for p in parts}
    if len(rests) == 1:
        return True
    return all(any(common_run(a, b) >= 2 for a in head.names if a for b in p.names if b) for p in parts)


# 三次产业增加值分别为, 一二三产业分别实现: a series that says how many members it has, then their figures in turn
_COUNTED_SERIES = regex.compile(
    r"(?:^|[,，;；:：])(?:全年|全市|全县|全区)?(?P<n>[两二三四])(?:次产业|大产业)[^,，;；。\d]{0,10}分别(?:为|是|达到?|实现)?\s*$"
)
_SMALL_N = {"两": 2, "二": 2, "三": 3, "四": 4}


# 地区生产总值, 生产总值, GDP, 总产值: a headline figure its sector series makes up
_SERIES_WHOLE = regex.compile(r"生产总值|GDP|总产值|总值|总量|总额")


def _scoped_groups(doc: Doc) -> list[Breakdown]:
    """其中税收收入A,占…；税收收入中,增值税B、企业所得税C…: a ;-group that opens by naming a figure stated earlier in
    its sentence (X中,) lists parts of that figure, the one that bears the name in full."""
    out = []
    for s in doc.sentences:
        for g in sorted({f.group for f in s.figs if f.group > 0}):
            figs = [f for f in s.figs if f.group == g]
            m = SCOPE_OPEN.match(GROUP_MARK.split(figs[0].lead)[-1])
            if m is None or not figs[0].is_part:
                continue
            parts = _items([f for f in figs if f.is_part])
            c = core(m.group("name"))
            named = [
                w
                for w in s.parts
                if w.group < g and len(c) >= 2 and same_measure(w, parts[0]) and any(c in n for n in w.names if n)
            ]
            if len(named) == 1 and parts:
                out.append(_make_list(named[0], parts, "中"))
    return out


def _item_scopes(doc: Doc) -> list[Breakdown]:
    """非车险保费收入67.27亿元,非车险中健康险A、农业保险B…: a clause that opens on the first words of an item named
    before it in its sentence and 中 lists, in a 、-run, parts of that item."""
    out = []
    for s in doc.sentences:
        for f in s.parts:
            if f.pos == 0 or not _within_item(f, s.figs[: f.pos]):
                continue
            parts = [f]
            for g in s.figs[f.pos + 1 :]:
                if g.group != f.group or not ENUM_NEXT.fullmatch(g.lead) or not same_measure(g, f):
                    break
                parts.append(g)
            name = _ITEM_SCOPE.match(f.lead.lstrip(" \n,，;；。"))["name"]  # type: ignore[index]
            named = [w for w in s.figs[: f.pos] if w.is_level and same_measure(w, f) and label_of(w).startswith(name)]
            if len(named) == 1 and len(parts) >= 2:
                out.append(_make_list(named[0], parts, "中"))
    return out


def _scoped_lists(doc: Doc) -> list[Breakdown]:
    """审结275件。审结案件中,维持183件、撤销21件…: a sentence that opens by naming a figure of the sentence
    before (X中,) lists parts of that figure. The name must match it; the list is not said to be complete."""
    out = []
    for k, s in enumerate(doc.sentences):
        m = SCOPE_OPEN.match(s.text)
        if m is None or not k or not s.parts or s.parts[0].pos != 0:
            continue
        before = doc.sentences[k - 1]
        name = m.group("name")
        if _PLACE_PEOPLE.fullmatch(name):
            # 一、常住人口 全市常住人口为3857462人…。三、性别构成 全市人口中,男性…: the place's people, sections back
            parts = _items([f for f in s.figs if f.is_part])
            # (…60岁及以上人口为764721人,其中65岁及以上人口为538914人: a part of an item, none of the list)
            parts = [p for k2, p in enumerate(parts) if not k2 or not PARTS_CUE.match(p.clause.lstrip(" ,，;；"))]
            people = [
                w
                for t in doc.sentences[:k]
                for w in t.parts
                if parts and same_measure(w, parts[0]) and any(n.endswith("人口") for n in w.names if n)
            ]
            if people and all(same_measure(p, people[0]) for p in parts):
                out.append(_make_list(max(people, key=lambda w: w.claim.value), parts, "中"))
            continue
        if not s.joined and (s.unseen or before.block != s.block or before.section != s.section):
            continue  # (人身险…967.82亿元。⏎人身险业务中,寿险…: a paragraph that opens on the scope goes on too)
        parts = _items([f for f in s.figs if f.is_part])
        # 一般程序案件中,较大数额罚没款案件37件…;重大执法决定法制审核57件: after a ；only kinds named like the first
        # (准予修复4520件…;不予修复340件) stay in the scope
        parts = [
            p for p in parts if p.group == parts[0].group or common_run(label_of(p), label_of(parts[0])) >= 2
        ]
        prev = doc.sentences[k - 1]
        # a new paragraph names its whole in full: a figure whose name opens with the scope's
        held = [w for w in prev.parts if s.joined or (label_of(w).startswith(name) and not table_line(w.sent))]
        # 审结案件中 of 审结…案件; not 投诉热点中 of 和解投诉: the name's head noun must be the whole's
        named = [
            w
            for w in held
            if same_measure(w, parts[0])
            and names_match(name, w)
            # 投诉热点中 is of no 不予受理投诉; 不起诉人员中 is of the 不起诉219人
            and (not NEGATED_LABEL.match(label_of(w)) or NEGATED_LABEL.match(name))
        ]
        short = [w for w in prev.parts if same_measure(w, parts[0]) and said_short(name, w)]
        if len(short) == 1:
            named = short  # 个体工商户应报A,已报B。已报个体工商户中,…: the figure so labelled, of the noun said before
        if name.startswith(("全部", "所有", "全")):
            # 工业总产值21.7亿元…。其中乡镇工业产值14.9亿元…。在全部工业中,国有…: the total, not the kind listed under
            # it, a sentence further back when need be
            back = doc.sentences[k - 2] if k >= 2 and doc.sentences[k - 2].para == s.para else None
            more = [w for w in back.parts if same_measure(w, parts[0]) and names_match(name, w)] if back else []
            named = [w for w in named + more if not _listed_in_group(w)] or named
        # 立案提案中 of 经审查立案548件, not of 收到提案612件: the one whose name holds what the scope puts before its
        # head noun is the narrower whole meant; else the one that bears the head noun (审结案件中 of 审结…案件)
        c = core(name)
        qualified = [
            w
            for w in named
            if len(c) > 2
            and any(c[:-2] in n for n in w.names if n)
            and c[-2:] in w.sent.text[: w.claim.start - w.sent.start]  # 投诉热点中 names no whole of 和解投诉
        ]
        if len(qualified) > 1:  # 基金收入A,支出B,当年结余C。基金支出中: of the one whose own name holds the head noun
            qualified = [w for w in qualified if any(c[-2:] in n for n in w.names if n)] or qualified
        # 收入8.86亿元,支出5.71亿元…。工伤保险基金支出中: of the figure that bears the scope's head noun (支出), not
        # of one that shares only the words before it (工伤保险基金收入)
        ends = [w for w in prev.parts if same_measure(w, parts[0]) and any(n.endswith(c[-2:]) for n in w.names if n)]
        if len(c) >= 4 and c.endswith(_SIDE_HEADS) and len(ends) == 1 and ends[0] in named:
            named = ends
        # 已审结188件。审结案件中,…: the one figure named by the scope's verb, though it leaves the noun unsaid
        # 仲裁审结案件中 of 审结5216件 (named by its verb), not of 立案受理案件5480件 (named by the head noun)
        verb = scope_verb(name)
        verbal = [w for w in named if verb and any(verb in n for n in w.names if n)]
        if "的" in name[2:]:
            # 办结的申请中 of 办结8265件; 涉及民生保障的诉求中 of no figure when none is so described
            said = name.partition("的")[0]
            wholes = [w for w in named if any(said in n for n in w.names if n)]
            if not wholes and len(said) >= 4:
                # 已落实毕业去向4436人。已落实去向的毕业生中: the figure so described, a word of it left out
                wholes = [
                    w for w in held if same_measure(w, parts[0]) and any(spread_in(said, n) for n in w.names if n)
                ]
        else:
            wholes = qualified or verbal or [w for w in named if any(c[-2:] in n for n in w.names)] or named
        if not wholes and len(c) >= 2:
            # 耕地A,园地B…。耕地、园地分别占…。全市耕地中,水田C: the figure so named a sentence further back
            full = _named_in_full(doc, k, c, parts[0])
            wholes = [full] if full is not None else []
        if len(wholes) == 1 and not any(n.endswith(name) for n in wholes[0].names if n):
            # 其中专任教师1964人…。折合教师总数为2082人…。专任教师中,…: the figure a sentence further back that bears
            # the scope's name in full, over one that only shares its head noun
            full = _named_in_full(doc, k, name, parts[0])
            wholes = [full] if full is not None else wholes
        if len(wholes) == 1 and all(same_measure(p, wholes[0]) for p in parts):
            out.append(_make_list(wholes[0], parts, "中"))
            continue
        # 来访1026批2385人次。来访中,集体访47批1104人次: figures in two measures, each of the whole in its own
        for unit in dict.fromkeys(p.claim.unit for p in parts):
            mine = [p for p in parts if p.claim.unit == unit]
            own = [w for w in held if w.claim.unit == unit and names_match(name, w)]
            if len(own) == 1 and len(mine) < len(parts):
                out.append(_make_list(own[0], mine, "中"))
    return out


_EXAMPLES_COUNTED = regex.compile(r"\p{Han}、\p{Han}[^,，;；。]*等$")


def _named_in_full(doc: Doc, k: int, name: str, part: Fig) -> Fig | None:
    """The one figure of `part`'s measure and larger, named `name` in full, two or three sentences before the `k`-th
    in its paragraph or the one before."""
    s = doc.sentences[k]
    for t in reversed(doc.sentences[max(0, k - 3) : k - 1]):
        if t.para < s.para - 1 or t.section != s.section:
            break  # (a paragraph may open on the scope its last one stated)
        got = [
            w
            for w in t.parts
            if same_measure(w, part)
            and w.claim.value > part.claim.value
            and any(n.endswith(name) for n in w.names if n)
        ]
        if got:
            return got[0] if len(got) == 1 else None
    return None


_SIDE_HEADS = ("收入", "支出", "结余", "资产", "负债")  # the sides of an account: 支出中 is of the spending alone
_PIPE = regex.compile(r"[|｜]")
_LABEL_CELL = regex.compile(r"\p{Han}[ \u3000]?\p{Han}")  # a cell that names a row (合 计 too), not its figure
# 合计, 合 计, 总计, 全市合计; a row named for the whole place (全县, 全省) totals the places listed with it
# …支出合计 too, and a marked one: (七)总计, 7.总计
_TOTAL_ROW = regex.compile(
    r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]\s*)?"
    r"(?:\d{1,2}[-—–~至]\d{1,2}月份?)?"  # 1—6月合计 under the months it adds up
    r"\p{Han}{0,16}?(?:[合总]\s*计|总\s*额)$"
    r"|^全[市县区省州盟旗镇乡]$"
    r"|^全年$"  # 一季度…四季度 over 全年: the year is its quarters (only under the whole year's stretches)
)
_WIDE_SEP = regex.compile(r"\u3000+[ \u3000]*| {2,}")
_SHARES_HEAD = regex.compile(r"(?:构成|占比|比重|结构|份额)(?:[(（]%[)）])?\s*$")  # the head's last column
_HUNDRED_CELL = regex.compile(r"(?<![\d.])100(?:\.0{1,2})?%?(?![\d.])")
_TOTAL_WORD = regex.compile(r"计|总额|全[市县区省州盟旗镇乡年]")
_COUNT_TOTAL = regex.compile(r"\p{Han}{1,12}(?:总数|总量|总人数|总产值|总收入|总支出)")  # 林业总产值 over 第一产业…
_SPACED_ROW = regex.compile(r"[^\s\d]\S*(?: +[-−+(（]?\d[\d,.]*%?[)）]?)+")
_ONE_SPACE = regex.compile(r" +")
# a row that breaks down the row before it (#工业 under 第二产业: statistical tables mark 其中 with #)
_SUB_ROW = regex.compile(r"^(?:其中|含|[:：、(（#＃])")
_SUBTOTAL_ROW = regex.compile(r"^小\s*计")
_ITEM_MARK = regex.compile(r"^[ \t\u3000]*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])")
_MARKED_ROW = regex.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]")
_GROUPING_LABEL = regex.compile(r"[(（][一二三四五六七八九十]{1,3}[)）](?![按分从])[\p{Han}、]{2,12}(?<![分看])")
_INDENT = " \t\u3000"


@dataclass
class _Line:
    """One line of a claim sentence: a table row when its cells are set apart by tabs or runs of spaces."""

    text: str
    figs: list[Fig]
    gap: str  # what stands between it and the line before: a bare line break within a table
    offset: int  # document offset of its first character

    @property
    def starts_line(self) -> bool:
        """Whether the line starts a line of the text (maybe set in): a row of a table can."""
        return self.gap.rstrip(_INDENT).endswith("\n")

    @property
    def indent(self) -> int:
        """How far the line is set in, whether its sentence holds the spaces or the gap before it does."""
        own = len(self.text) - len(self.text.lstrip(_INDENT))
        return own or len(self.gap) - len(self.gap.rstrip(_INDENT))


def _table_totals(doc: Doc) -> list[Breakdown]:
    """A table's total row (合计, 全县): in each column, its figure is the sum of the rows above it, or, for a
    total row right under the table's head, of the rows below it.

    The rows are the lines next to the total row, each with as many cells and set in as far, up to the table's
    head (or its end). Rows set in further, or opening with 其中, break down the row above them and are left
    out; a table with a 小计 row is left alone: its rows are not all siblings.
    """
    out: list[Breakdown] = []
    lines: dict[int, list[_Line]] = {}
    for s in doc.sentences:
        if s.gap is None or not any(p.search(s.text) for p in (_TOTAL_WORD, _HUNDRED_CELL, _COUNT_TOTAL)):
            continue
        for k, line in enumerate(_lines(s, lines)):
            cells = _cells(line)
            if cells is None:
                continue
            # 收入 | 决算数 | 支出 | 决算数: a table of two sides holds a row label in the middle too; a total label
            # totals the columns after it up to the next label
            labels = [c for c, (a, b) in enumerate(cells) if _LABEL_CELL.search(line.text[a:b])]
            heads = [c for c in labels if _TOTAL_ROW.match(line.text[cells[c][0] : cells[c][1]])]
            hundred = not heads and labels and _HUNDRED_CELL.fullmatch(line.text[cells[-1][0] : cells[-1][1]].strip())
            if hundred and k == 0 and _SHARES_HEAD.search((s.gap or "").rstrip().rpartition("\n")[2]):
                # 体育产业 | 286.54 | 97.63 | 100.0 right under …| 增加值构成: the row whose share is 100 is the whole
                heads = labels[:1]
            # 雇员总数 | 人 | 6,127 over 男性…女性…全职…兼职: a head count the rows below make up in runs, exactly
            runs_only = not heads and bool(labels) and bool(_COUNT_TOTAL.fullmatch(_label_of(line, cells)))
            if runs_only:
                heads = labels[:1]
            if not heads or labels[0] != 0:
                continue
            found: list[Breakdown] = []
            for h in heads:
                rows = _rows_above(doc, s, k, len(cells), lines, side=h)
                complete = True
                groups: list[list[_Line]] = [rows] if rows is not None else []
                if rows == []:  # the total row right under the head: the rows below add up to it
                    groups, complete = _rows_below(doc, s, k, len(cells), lines)
                columns = range(h + 1, next((c for c in labels if c > h), len(cells)))
                if runs_only:  # only right under the head, only in exact runs
                    groups = _exact_runs(line, cells, columns, groups) if rows == [] else []
                nested = _nested_rows(line, cells, columns, groups[0]) if len(groups) == 1 else None
                if nested is not None:
                    groups = [nested[0]]
                    for col in columns:
                        for head, subs in nested[1]:
                            hw = _in_cell(head, _cells(head) or [], col)
                            got = [_in_cell(r, _cells(r) or [], col) for r in subs]
                            parts = tuple(p for p in got if p is not None)
                            if hw is not None and len(parts) == len(subs):
                                found.append(Breakdown(hw, parts, "合计", True, True))
                for col in columns:
                    w = _in_cell(line, cells, col)
                    if w is not None and _involved_holders(w):
                        continue
                    moved = _moves(line, cells, col, groups)
                    if moved is not None:
                        found.append(moved)
                        continue
                    for group in groups if w is not None and groups and len(groups[0]) >= 2 else ():
                        parts = [
                            p
                            for r in group
                            if (p := _in_cell(r, _cells(r) or [], col)) is not None and same_measure(p, w)
                        ]
                        total_name = line.text[cells[h][0] : cells[h][1]].strip()
                        followed = _rows_follow(doc, s, k, len(cells), lines)
                        if total_name == "全年" and not _whole_year(group):
                            continue  # 一季度 … 三季度 over 全年: some of the year, not all of it
                        # 会计档案 | 41 | 12604 | —: a dash says the row holds none of the column's measure
                        nil = sum(1 for r in group if _nil_cell(r, col))
                        if len(parts) + nil == len(group) and len(parts) >= 2 and not (
                            followed and _TOTAL_SUFFIX.search(total_name)
                        ):
                            # 减：所得税影响额 / 少数股东权益影响额(税后) / 合计: the rows from a 减 row on are taken
                            # away
                            cut = next((i for i, r in enumerate(group) if _LESS_ROW.match(r.text)), None)
                            minus = tuple(parts[cut:]) if cut else ()
                            plus = tuple(parts[:cut]) if cut else tuple(parts)
                            found.append(Breakdown(w, plus, "合计", complete, True, minus=minus))
            # the year before's column adds up like the current one's, when that one does (a 减: row it leaves out)
            if any(not b.whole.is_baseline for b in found if b.whole is not None):
                out += found
    return out


def _nested_rows(
    line: _Line, cells: list[tuple[int, int]], columns: range, group: list[_Line]
) -> tuple[list[_Line], list[tuple[_Line, list[_Line]]]] | None:
    """合计 over 财产险, 人身险, 寿险, 健康险, 意外险, none set in: rows right under a row that make it up (exactly
    in some column, within 1 % in every one) are its parts, not the total's. The rows left and the runs under
    them; None when the rows add up as they stand, or the rows left do not then make up the total."""
    totals = [w.claim.value for c in columns if (w := _in_cell(line, cells, c)) is not None]
    if not totals or len(group) < 3:
        return None
    values: list[list[Decimal]] = []
    for r in group:
        got = [_in_cell(r, _cells(r) or [], c) for c in columns]
        got = [g for g in got if g is not None]
        if len(got) != len(totals):
            return None
        values.append([g.claim.value for g in got])

    def makes_up(target: list[Decimal], rows: list[list[Decimal]]) -> bool:
        sums = [sum(col, Decimal(0)) for col in zip(*rows, strict=True)]
        exact = any(a == b for a, b in zip(sums, target, strict=True))
        return exact and all(abs(a - b) <= b / 100 for a, b in zip(sums, target, strict=True))

    if makes_up(totals, values):
        return None
    top: list[int] = []
    runs: list[tuple[_Line, list[_Line]]] = []
    i = 0
    while i < len(group):
        top.append(i)
        end = next((j for j in range(i + 3, len(group) + 1) if makes_up(values[i], values[i + 1 : j])), None)
        if end is None:
            i += 1
            continue
        runs.append((group[i], group[i + 1 : end]))
        i = end
    if not runs or len(top) < 2 or not makes_up(totals, [values[i] for i in top]):
        return None
    return [group[i] for i in top], runs


def _whole_year(rows: list[_Line]) -> bool:
    """Whether the rows are the stretches of one whole year: its four quarters, two halves or twelve months."""
    labels = [_label_of(r, _cells(r) or []) for r in rows]
    for stretch, n in ((_QUARTER_ROW, 4), (_HALF_ROW, 2), (_MONTH_ROW, 12)):
        if len(labels) == n and all(stretch.fullmatch(x) for x in labels):
            return True
    return False


_QUARTER_ROW = regex.compile(r"第?[一二三四1-4]季度")
_HALF_ROW = regex.compile(r"[上下]半年")
_MONTH_ROW = regex.compile(r"(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?")


def _label_of(line: _Line, cells: list[tuple[int, int]]) -> str:
    return line.text[cells[0][0] : cells[0][1]].strip() if cells else ""


def _exact_runs(
    line: _Line, cells: list[tuple[int, int]], columns: range, groups: list[list[_Line]]
) -> list[list[_Line]]:
    """雇员总数 | 6,127 | 5,836 over 男性…女性…全职…兼职…: the rows below a head count that make it up in runs, one
    run per dimension, each run exactly in every column; none unless every row falls in such a run."""
    totals = [(c, w) for c in columns if (w := _in_cell(line, cells, c)) is not None]
    if len(groups) != 1 or not totals:
        return []
    runs: list[list[_Line]] = []
    run: list[_Line] = []
    sums = [Decimal(0)] * len(totals)
    for r in groups[0]:
        got = [_in_cell(r, _cells(r) or [], c) for c, _ in totals]
        if any(g is None or not same_measure(g, w) for g, (_, w) in zip(got, totals, strict=True)):
            return []
        run.append(r)
        sums = [x + g.claim.value for x, g in zip(sums, got, strict=True) if g is not None]
        if all(x == w.claim.value for x, (_, w) in zip(sums, totals, strict=True)):
            runs.append(run)
            run, sums = [], [Decimal(0)] * len(totals)
        elif any(x > w.claim.value for x, (_, w) in zip(sums, totals, strict=True)):
            return []
    return runs if not run and all(len(x) >= 2 for x in runs) else []


def _moves(line: _Line, cells: list[tuple[int, int]], col: int, groups: list[list[_Line]]) -> Breakdown | None:
    """合计 | 21,522 | 554 under 比上年末增减: a column of changes adds up to the total row's change, the rows that
    went the other way taken away (视力残疾 | 2,106 | 31 / 言语残疾 | 214 | -5 …)."""
    w = _cell_fig(line, cells, col)
    if w is None or not (w.is_change and w.is_change_amount) or len(groups) != 1 or len(groups[0]) < 2:
        return None
    rows = [_cell_fig(r, _cells(r) or [], col) for r in groups[0]]
    if any(p is None or not (p.is_change and p.is_change_amount) or p.claim.unit != w.claim.unit for p in rows):
        return None
    way = w.claim.direction or "increase"
    same = tuple(p for p in rows if p is not None and (p.claim.direction or "increase") == way)
    other = tuple(p for p in rows if p is not None and (p.claim.direction or "increase") != way)
    return Breakdown(w, same, "合计", True, True, minus=other) if same else None


def _involved_holders(w: Fig) -> bool:
    """问题类别 | 问题金额 | 涉及部门(个) … 合计 | 93600 | 27: the units a row involves, one unit in many rows; their
    total counts each once, no sum of the column."""
    return w.claim.unit in lx.HOLDER_UNITS and _INVOLVED.match(w.claim.subject or "") is not None


_INVOLVED = regex.compile(r"(?:\p{Han}{0,12}?)(?:涉及|覆盖|波及)")


def _prose_totals(doc: Doc) -> list[Breakdown]:
    """全区现有养老机构23家,核定床位4260张…。分类型看: / 机构类型 | 机构数(家) | 床位数(张) / 公办 | 9 | 1380 / …: a
    table with no total row under a sentence that states the totals; each column adds up to the one figure of
    its measure there. The text does not say the rows are all the kinds, so a miss proves nothing."""
    out: list[Breakdown] = []
    cache: dict[int, list[_Line]] = {}
    for s in doc.sentences:
        if not s.index or not s.gap or not s.gap.endswith("\n"):
            continue
        above = [x for x in s.gap.rstrip("\n").split("\n") if x.strip()] or [""]
        head, intro = above[-1], "".join(above[:-1]).strip()
        t = doc.sentences[s.index - 1]
        spans = _kept_cells(head)
        if any(c.isdigit() for c in head) or spans is None:
            continue
        captioned = _CAPTION.match(intro) is not None
        if captioned and table_line(t):
            # 成交额56.45亿元。表1 …(rows)… 表2 按技术领域分布 / …: a second table under the same totals, past the first
            t = next(
                (u for u in reversed(doc.sentences[max(0, s.index - 16) : s.index]) if not table_line(u)), t
            )
            intro = ""
        elif t.block != s.block and not (s.block == t.block + 1 and len(above) <= 2):
            continue  # a heading between the totals and the table; the table's own head may read as one
        if intro and not intro.endswith((":", "：")):
            continue  # prose between the totals and the table that is no intro of it
        rows = _table_rows(doc, s, cache)
        if len(rows) < 2 or any(_TOTAL_ROW.match(r.text.lstrip(_INDENT)) for r in rows):
            continue
        width = len(_cells(rows[0]) or [])
        for col in range(1, width):
            parts = [_in_cell(r, _cells(r) or [], col) for r in rows]
            if any(p is None for p in parts):
                continue
            cells = [p for p in parts if p is not None]
            wholes = [w for w in t.figs if w.is_level and not w.is_baseline and all(same_measure(w, p) for p in cells)]
            named = _INTRO_NOUN.search(intro)
            if not wholes and named is not None:
                # …其中募集资金1.52亿元…。按捐赠来源划分,募集资金构成如下: the figure the intro names, a sentence or
                # two before the one right before the table
                near = [u for u in doc.sentences[max(0, s.index - 3) : s.index] if u.block in (s.block, t.block)]
                wholes = [
                    w
                    for u in near
                    for w in u.mains
                    if all(same_measure(w, p) for p in cells) and any(n.endswith(named["noun"]) for n in w.names if n)
                ][-1:]
            if len(wholes) > 1 and col < len(spans):
                # 年初预算为5,437.40万元,支出决算为5,291.71万元 over …｜年初预算｜支出决算: each by its column's name
                name = head[spans[col][0] : spans[col][1]].strip(" （()）%元万")
                wholes = [w for w in wholes if len(name) >= 2 and any(n.endswith(name) for n in w.names if n)]
            if len(wholes) == 1:
                out.append(Breakdown(wholes[0], tuple(cells), "table", True, True, firm=False))
    return out


_CAPTION = regex.compile(r"^表\s*\d{1,2}\b|^表\s*[一二三四五六七八九十]")
_INTRO_NOUN = regex.compile(r"(?P<noun>\p{Han}{2,8}?)的?(?:构成|结构|分布|情况)?如下[:：]?$")


def _table_rows(doc: Doc, s: Sentence, cache: dict[int, list[_Line]]) -> list[_Line]:
    """The rows of a table from the first line of `s` on, each with as many cells as the first, to the table's end."""
    rows: list[_Line] = []
    width = None
    for t in doc.sentences[s.index :]:
        if t is not s and t.gap != "\n":
            break
        for line in _lines(t, cache):
            cells = _cells(line)
            if cells is None or (width is not None and len(cells) != width):
                return rows
            width = len(cells)
            rows.append(line)
    return rows


def _rows_follow(doc: Doc, s: Sentence, k: int, width: int, cache: dict[int, list[_Line]]) -> bool:
    """Whether a row of the same width follows line `k` of `s`: 表内外资产总额 amid 净资本, 风险覆盖率… rows is a line
    of its own, no total of the rows above (a 贷款总额 row that closes the table is)."""
    below = _lines(s, cache)[k + 1 :]
    if not below and s.index + 1 < len(doc.sentences) and doc.sentences[s.index + 1].gap == "\n":
        below = _lines(doc.sentences[s.index + 1], cache)[:1]
    cells = _cells(below[0]) if below else None
    return cells is not None and len(cells) == width


_TOTAL_SUFFIX = regex.compile(r"总\s*额$")
_TOTAL_COLUMN = regex.compile(r"^(?:合\s*计|小\s*计|总\s*计)$")
_LESS_ROW = regex.compile(r"^[ \t\u3000]*减\s*[:：]")


def _row_totals(doc: Doc) -> list[Breakdown]:
    """科目名称 | 合计 | 基本支出 | 项目支出: under a head with a total column followed by two or more columns, each
    row's total cell is the sum of the cells after it (an empty cell counts nothing)."""
    out: list[Breakdown] = []
    lines: dict[int, list[_Line]] = {}
    width = 0
    col: int | None = None
    span: int | None = None  # how many columns after the total it adds up, when not all of them
    last = False
    sides: tuple[int, int, int] | None = None
    for s in doc.sentences:
        gap = s.gap or ""
        head = gap.rstrip("\n").rsplit("\n", 1)[-1]
        label = head.strip(" \t\u3000")
        if (col is not None or sides is not None) and _GROUP_ROW.fullmatch(label):
            pass  # 三、本年度办理结果 between rows: a label over the rows that follow, inside the table
        elif label:
            # a line with no figure before the rows: the table's head, or prose that ends the table before
            names = _head_names(head, " （()）%元万")
            col = next((k for k, h in enumerate(names) if _TOTAL_COLUMN.match(h)), None)
            if col is None:
                # 县(市、区) | 在册总数 | 缓刑 | 假释 | 管制: a total named for what it counts, before kinds of it only
                col = next((k for k, h in enumerate(names) if k and _NAMED_TOTAL_COLUMN.fullmatch(h)), None)
                if col is not None and (
                    len(names) - col < 3 or any(_NOT_KIND_COLUMN.search(h) for h in names[col + 1 :])
                ):
                    col = None
            span = None
            if col is None:
                col, span = _abbreviated_column(names)  # 月份 | 进出口 | 出口 | 进口 | 进出口同比(%)
            width = len(names)
            sides = _balance_columns(names)
            # 类别 | 结果维持 | 结果纠正 | … | 总计: the total at the row's end adds up the cells before it
            last = col is not None and col == width - 1 and col >= 3
            if last and any(_NOT_ADDED_COLUMN.search(h) for h in names[1:col]):
                col = None
        elif "\n" not in gap:
            col, sides = None, None  # the sentence goes on from one before it: no table row
        if sides is not None:
            out += _row_balances(s, lines, width, sides)
        if col is None or (width - col < 3 and not last):
            continue
        for figs in _row_cells(s, lines, width):
            w = figs[col][0] if len(figs[col]) == 1 else None
            cells = figs[1:col] if last else figs[col + 1 : col + 1 + span] if span else figs[col + 1 :]
            parts = [g[0] for g in cells if len(g) == 1]
            if w is None or not parts or any(len(g) > 1 for g in cells) or (last and len(parts) != len(cells)):
                continue
            if all(p.is_level and same_measure(p, w) for p in parts) and w.is_level:
                out.append(Breakdown(w, tuple(parts), "合计", True, True))
    return out


def _abbreviated_column(names: list[str]) -> tuple[int | None, int | None]:
    """(the column, how many after it) of a whole named by the short word of its kinds, the kinds right after it
    (进出口 | 出口 | 进口), else (None, None)."""
    for k, head in enumerate(names):
        for short, kinds in lx.ABBREVIATED_WHOLES:
            if k and head == short and sorted(names[k + 1 : k + 1 + len(kinds)]) == sorted(kinds):
                return k, len(kinds)
    return None, None


# a short label alone on its line, no cells and no sentence: 三、本年度办理结果, (三)不予公开, 按城乡分
_GROUP_ROW = regex.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?\p{Han}[\p{Han}、]{1,20}"
)
_NAMED_TOTAL_COLUMN = regex.compile(r"\p{Han}{1,6}(?:总数|总量|总计|合计)")
# columns that are no kind of the total before them: flows, ends of the year, rates, subsets
_NOT_KIND_COLUMN = regex.compile(
    r"单位|%|率|比|占|增|减|新|注销|净|同比|上年|本年|年初|年末|期初|期末|累计|其中|平均|人均|数量|总"
)
_NOT_ADDED_COLUMN = regex.compile(r"单位|%|率|比重|占比|增长|增减|同比|上年|累计")
_INCOME_COLUMN = regex.compile(r"收入(?:合计|总计)?$")
_SPENT_COLUMN = regex.compile(r"支出(?:合计|总计)?$")
_BALANCE_COLUMN = regex.compile(r"^(?:当年|本年|当期|本期)(?:收支)?(?:结余|结存)$")


def _head_names(head: str, strip: str) -> list[str]:
    """The cells of a table's head line, stripped of `strip`; none for a line that holds a figure."""
    spans = _kept_cells(head) if not any(c.isdigit() for c in _DATE_FREE.sub("", head)) else None
    return [head[a:b].strip(strip) for a, b in spans or ()]


def _row_cells(s: Sentence, cache: dict[int, list[_Line]], width: int) -> Iterator[list[list[Fig]]]:
    """The figures of each cell of each line of `s` that is a table row `width` cells wide."""
    for line in _lines(s, cache):
        spans = _kept_cells(line.text)
        if spans is not None and len(spans) == width:
            yield [[f for f in line.figs if a <= f.claim.start - line.offset < b] for a, b in spans]


def _subset_columns(doc: Doc) -> list[Breakdown]:
    """公证处 | 办证量 | 其中:涉外 | 收费: under a head whose column opens with 其中, each row's cell there is a part
    of its cell in the column before."""
    out: list[Breakdown] = []
    lines: dict[int, list[_Line]] = {}
    col: int | None = None
    width = 0
    for s in doc.sentences:
        gap = s.gap or ""
        head = gap.rstrip("\n").rsplit("\n", 1)[-1]
        label = head.strip(" \t\u3000")
        if label:
            names = _head_names(head, " （()）")
            col = next((k for k, h in enumerate(names) if k >= 2 and _SUBSET_COLUMN.match(h)), None)
            width = len(names)
        elif "\n" not in gap:
            col = None
        if col is None:
            continue
        for cells in _row_cells(s, lines, width):
            whole, part = cells[col - 1], cells[col]
            ok = len(whole) == 1 and len(part) == 1 and whole[0].is_level and part[0].is_level
            if ok and same_measure(whole[0], part[0]):
                out.append(Breakdown(whole[0], (part[0],), "其中", False, True))
    return out


_SUBSET_COLUMN = regex.compile(r"^其中\s*[:：]?\s*\p{Han}")


def _balance_columns(names: list[str]) -> tuple[int, int, int] | None:
    """险种 | 基金收入 | 基金支出 | 当年结余: the columns of income, spending and the year's balance, in that order."""
    find = [next((k for k, h in enumerate(names) if p.search(h)), None) for p in (_INCOME_COLUMN, _SPENT_COLUMN)]
    got = next((k for k, h in enumerate(names) if _BALANCE_COLUMN.match(h)), None)
    i, j = find
    return (i, j, got) if i is not None and j is not None and got is not None and i < j < got else None


def _row_balances(
    s: Sentence, lines: dict[int, list[_Line]], width: int, sides: tuple[int, int, int]
) -> list[Breakdown]:
    """Each row's income cell is its spending cell plus its balance cell."""
    out = []
    for line in _lines(s, lines):
        spans = _kept_cells(line.text)
        if spans is None or len(spans) != width:
            continue
        cells = [[f for f in line.figs if a <= f.claim.start - line.offset < b] for a, b in spans]
        got = [cells[k][0] if len(cells[k]) == 1 else None for k in sides]
        income, spent, left = got
        if income is None or spent is None or left is None:
            continue
        if all(f.is_level and same_measure(f, income) for f in (spent, left)):
            out.append(Breakdown(income, (spent, left), "balance", True, True))
    return out


_TAB = regex.compile(r"\t")
_DATE_FREE = regex.compile(r"\d{4}年|\d{4}")  # 2024年 in a head is no figure


_SPACE_RUN = regex.compile(r"[ ]{2,}|\u3000+")
_PROSE_MARK = regex.compile(r"[,，;；。]")


def _kept_cells(text: str) -> list[tuple[int, int]] | None:
    """A row's cells at each bar, or else at each tab, empty ones kept; None for a line of neither."""
    body = len(text) - len(text.lstrip(" \u3000"))
    if _PIPE.search(text):
        return _pipe_cells(text, body)
    if "\t" in text:
        return _pipe_cells(text, body, _TAB)
    # 项目  基金收入  基金支出 / 失业保险  4.15  3.87: cells set apart by runs of spaces, none of them empty
    spans, pos = [], body
    for m in _SPACE_RUN.finditer(text, body):
        spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text.rstrip()):
        spans.append((pos, len(text.rstrip())))
    return spans if len(spans) >= 3 and not _PROSE_MARK.search(text) else None


# 1     洛阳万达影城…: the number a row opens with under 序号, apart from its name; the total row has none, so
# the rows are read without it (set in as far as their names)
_SERIAL_CELL = regex.compile(r"[ \t\u3000]*\d{1,3}(?=[ \t\u3000]{2,}\p{L})")


def _lines(s: Sentence, cache: dict[int, list[_Line]]) -> list[_Line]:
    got = cache.get(s.index)
    if got is None:
        got = []
        pos = 0
        for k, piece in enumerate(s.text.split("\n")):
            a = s.start + pos
            figs = [f for f in s.figs if a <= f.claim.start < a + len(piece)]
            pos += len(piece) + 1
            if (m := _SERIAL_CELL.match(piece)) is not None and not any(f.claim.start < a + m.end() for f in figs):
                piece = " " * m.end() + piece[m.end() :]  # 1     洛阳万达影城 486.2: a row's number, blanked
            got.append(_Line(piece, figs, (s.gap or "") if k == 0 else "\n", a))
        cache[s.index] = got
    return got


def _modified_kinds(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """快递业务收入221.68亿元。同城快递业务收入A,异地快递业务收入B,国际快递业务收入C,其他快递业务收入D: kinds
    named by what they put before the whole's own name, the rest (其他…) among them, make up the figure named
    so, stated just before them."""
    out: list[Breakdown] = []
    for s in doc.sentences:
        figs = [f for f in s.figs if f.is_level and not f.is_baseline and not f.paren and f not in taken]
        if len(figs) < 3 or any(not same_measure(f, figs[0]) for f in figs):
            continue
        labels = [label_of(f) for f in figs]
        tail = _common_tail(labels)
        # (同城快递业务量A,异地…B,国际…C: the members of a series complete by itself, with no rest named)
        if len(tail) < 2 or not (any(x.startswith(("其他", "其它")) for x in labels) or complete_series(figs)):
            continue
        if any(len(x) <= len(tail) for x in labels):
            continue  # each names a kind before the common name
        if _BESIDES.match(s.text.lstrip()):
            continue  # 五类合计7058件。此外,安全问题263件…其他问题781件: the kinds beside those counted
        before = [*reversed(s.figs[: figs[0].pos]), *doc.figs_before(s, 4)]
        name = _DONE_WORDS.sub("", tail)
        whole = next(
            (
                w
                for w in before
                if w.is_level
                and not w.is_baseline
                # (由A增至12.93亿件: the later end of a pair, named by its subject)
                and any(
                    len(own := _DONE_WORDS.sub("", n)) >= 2
                    and (own == name or (name.endswith(own) and len(own) >= 4))  # 业务收入 of 快递业务收入
                    for n in {label_of(w), w.claim.subject or ""}
                )
                and same_measure(w, figs[0])
                and all(w.claim.value > f.claim.value for f in figs)
            ),
            None,
        )
        if whole is not None and (intake := _intake_beside(whole)) is not None:
            # 受理鉴定委托21864件,完成鉴定20937件: kinds of what came in, maybe of what was done
            out.append(Breakdown(intake, tuple(figs), "其中", True, True, firm=False))
        elif whole is not None:
            out.append(Breakdown(whole, tuple(figs), "其中", True, True))
    return out


_DONE_WORDS = regex.compile(r"累计|完成|实现|共计|合计|达到?$")


def _disclosure_balances(doc: Doc) -> list[Breakdown]:
    """The 政府信息公开 form's table of requests: in each column, the requests received this year and those
    carried over from last year, less those carried into next year, are the requests dealt with (总计)."""
    out: list[Breakdown] = []
    cache: dict[int, list[_Line]] = {}
    rows: dict[str, list[list[Fig]]] = {}
    for s in doc.sentences:
        for line in _lines(s, cache):
            spans = _kept_cells(line.text)
            if spans is None or len(spans) < 2 or not line.figs:
                continue
            label = _ITEM_MARK.sub("", line.text[spans[0][0] : spans[0][1]]).strip()
            role = next((name for name, pattern in _DISCLOSURE_ROWS if pattern.search(label)), None)
            if role is None:
                continue
            if role == "new":
                rows = {}  # a table of its own starts at its intake row
            rows[role] = [[f for f in line.figs if a <= f.claim.start - line.offset < b] for a, b in spans[1:]]
            if len(rows) < len(_DISCLOSURE_ROWS) or len({len(v) for v in rows.values()}) != 1:
                continue
            for k in range(len(rows["new"])):
                cells = [rows[name][k] for name, _ in _DISCLOSURE_ROWS]
                if any(len(c) != 1 for c in cells):
                    continue
                new, carried, done, left = (c[0] for c in cells)
                if all(same_measure(f, done) for f in (new, carried, left)):
                    out.append(Breakdown(done, (new, carried), "balance", True, True, minus=(left,)))
            rows = {}
    return out


# the rows of the 政府信息公开 form's request table that balance: 新收 + 上年结转 = 办理结果总计 + 结转下年度
_DISCLOSURE_ROWS = (
    ("new", regex.compile(r"新收.{0,12}申请")),
    ("carried", regex.compile(r"上年结转")),
    ("done", regex.compile(r"^总计$")),
    ("left", regex.compile(r"结转下年")),
)


def _indented_groups(doc: Doc) -> list[Breakdown]:
    """常住人口 | 724.6 / 城镇 | 438.5 / 乡村 | 286.1 / 男性 … set in under it: the rows set in under a row that is
    no total by name part it in groups, each group a whole series (城镇 and 乡村, 男性 and 女性) or a scale open at
    both ends (0—14岁 … 60岁及以上); each group adds up to the row above them, column by column. Rows set in
    further (其中：65岁及以上) are left out."""
    out: list[Breakdown] = []
    cache: dict[int, list[_Line]] = {}
    run: list[tuple[_Line, list[tuple[int, int]]]] = []
    for s in doc.sentences:
        if not _ROW_MARKS.search(s.text):  # no table row here: a run of rows ends
            out += _groups_under(run) + _numbered_under(run)
            run = []
            continue
        for line in _lines(s, cache):
            cells = _cells(line)
            if cells is None or not line.starts_line or line.gap.strip(" \t\u3000\r\n"):
                out += _groups_under(run) + _numbered_under(run)
                run = []
            if cells is not None and line.starts_line:
                run.append((line, cells))
    return out + _groups_under(run) + _numbered_under(run)


# 一、各项贷款 / (一)住户贷款 / 1.短期贷款: the numbering of a table's rows, outermost first
_ROW_LEVELS = (
    regex.compile(r"^[一二三四五六七八九十]{1,3}[、.．]"),
    regex.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]"),
    regex.compile(r"^\d{1,2}[.、．](?!\d)"),
)


def _row_level(line: _Line, cells: list[tuple[int, int]]) -> int | None:
    label = line.text[cells[0][0] : cells[0][1]].strip(_INDENT)
    return next((k for k, mark in enumerate(_ROW_LEVELS) if mark.match(label)), None)


def _numbered_under(run: list[tuple[_Line, list[tuple[int, int]]]]) -> list[Breakdown]:
    """一、各项贷款|2847.93|156.38 / (一)住户贷款|1036.52|21.67 / 1.短期贷款|… / (二)企(事)业单位贷款|…: the rows
    numbered one level in under a numbered row, up to the next row of its level or above, add up to it, column by
    column. All of it when some column adds up; otherwise they may be some kinds only."""
    out: list[Breakdown] = []
    levels = [_row_level(line, cells) for line, cells in run]
    if sum(1 for v in levels if v is not None) < 3:
        return out
    for k, (head, cells) in enumerate(run):
        top = levels[k]
        if top is None:
            continue
        kids = []
        for j in range(k + 1, len(run)):
            if levels[j] is None or levels[j] <= top or len(run[j][1]) != len(cells):
                break
            if levels[j] == top + 1:
                kids.append(run[j])
        if len(kids) < 2:
            continue
        found = []
        for col in range(1, len(cells)):
            w = _in_cell(head, cells, col)
            parts = [_in_cell(line, c, col) for line, c in kids]
            if w is None or w.claim.unit in ("%", "‰") or any(p is None or not same_measure(p, w) for p in parts):
                continue
            found.append((w, tuple(p for p in parts if p is not None)))
        adds = any(_adds_to(w, parts) for w, parts in found)
        out += [Breakdown(w, parts, "合计", adds, True) for w, parts in found]
    return out


def _adds_to(w: Fig, parts: tuple[Fig, ...]) -> bool:
    """Whether the parts add up to the whole within what rounding of the last place of each allows."""
    total = sum((p.claim.value for p in parts), Decimal(0))
    slack = sum(Decimal(5).scaleb(-1 - arith.decimals(f.claim.number)) * f.claim.multiplier for f in (w, *parts))
    return abs(total - w.claim.value) <= slack


_ROW_MARKS = regex.compile(r"\t|[|｜]|[ \u3000]{2}")


def _groups_under(run: list[tuple[_Line, list[tuple[int, int]]]]) -> list[Breakdown]:
    out: list[Breakdown] = []
    if len({line.indent for line, _ in run}) < 2:
        return out  # no row set in under another
    for k, (head, cells) in enumerate(run):
        kids = []
        for line, c in run[k + 1 :]:
            if line.indent <= head.indent or len(c) != len(cells):
                break
            kids.append((line, c))
        depth = min((line.indent for line, _ in kids), default=0)
        kids = [(line, c) for line, c in kids if line.indent == depth]
        if len(kids) < 2 or _TOTAL_ROW.match(head.text[cells[0][0] : cells[0][1]].strip()):
            continue
        # 人均可支配收入 | 38642 | 5.6 | 100.0 over the kinds set in: a row that says 100 is all of the rows under it
        hundred = _all_under(head, cells, kids)
        for col in range(1, len(cells)):
            # (a row that says 100 of an average per head, 人均可支配收入, is the sum of its kinds all the same)
            w = _cell_fig(head, cells, col) if hundred else _in_cell(head, cells, col)
            # (地区生产总值 | 41.26 | 44.05 over the three industries: the year before's column adds up too)
            earlier = w is not None and w.is_level and w.claim.role == "before" and not w.paren
            if w is None or not (w.is_part or earlier or (hundred and w.is_level and not w.is_baseline)):
                continue
            if hundred:
                every = [_cell_fig(line, c, col) for line, c in kids]
                if all(p is not None and same_measure(p, w) for p in every):
                    out.append(Breakdown(w, tuple(p for p in every if p is not None), "合计", True, True))
                continue
            group: list[Fig] = []
            for line, c in kids:
                p = _in_cell(line, c, col)
                if p is None or not same_measure(p, w):
                    group = []
                    break
                group.append(p)
                labels = [label_of(x) for x in group]
                if len(group) >= 2 and (complete_series(group) or _open_ends(labels)):
                    out.append(Breakdown(w, tuple(group), "合计", True, True))
                    group = []
            added = sum((p.claim.value for p in group), Decimal(0))
            if len(group) >= 2 and len(group) == len(kids) and added == w.claim.value:
                # 各项存款 | 1171.62 over 住户存款, 非金融企业存款, 机关团体存款 set in: kinds no series names, that add
                # up to the row above them to the last digit
                out.append(Breakdown(w, tuple(group), "合计", False, True))
    return out


def _all_under(head: _Line, cells: list[tuple[int, int]], kids: list[tuple[_Line, list[tuple[int, int]]]]) -> bool:
    """Whether the rows set in under `head` are all of it: its share cell says 100 and theirs make about 100 (not
    城镇, 乡村, 男性, 女性 under 常住人口: two series, 200 in all)."""
    col = next((k for k in range(len(cells)) if (f := _cell_fig(head, cells, k)) is not None and _is_hundred(f)), None)
    if col is None:
        return False
    shares = [_cell_fig(line, c, col) for line, c in kids]
    return all(f is not None for f in shares) and 95 <= sum(f.claim.value for f in shares if f is not None) <= 105


def _is_hundred(f: Fig) -> bool:
    return f.claim.unit == "%" and f.claim.value == 100


def _row_kind(line: _Line, width: int, depth: int, side: int = 0, *, marked: bool = False) -> str:
    """What a line next to a total row is: "row" (a sibling), "sub" (set in under the row above it, or a 其中
    row), "total" (小计 or another total: the rows are not all siblings), or "end" (no row of this table).
    `side` is the column of the label on the total's side of a table of two sides (收入 | … | 支出 | …)."""
    cells = _cells(line)
    if cells is None:
        return "end"
    first = line.text[cells[0][0] : cells[0][1]]
    # (一)予以公开 | 98 … (七)总计 | 163: rows marked alike with their total are its items, no rows set under another
    if (_SUB_ROW.match(first) and not (marked and _MARKED_ROW.match(first))) or (
        line.indent > depth and len(cells) <= width
    ):
        return "sub"
    if len(cells) != width or line.indent != depth:
        return "end"
    own = line.text[cells[side][0] : cells[side][1]] if side < len(cells) else first
    return "total" if _SUBTOTAL_ROW.match(own) or _TOTAL_ROW.match(own) else "row"


def _rows_above(
    doc: Doc, s: Sentence, k: int, width: int, cache: dict[int, list[_Line]], *, side: int = 0
) -> list[_Line] | None:
    """The rows of a table right above line `k` of sentence `s`, each with `width` cells; rows set in under
    another are skipped. [] when the line right above is the table's head; None when the table goes on above in
    a way we do not read (a 小计 or total row, a blank line, a row of another width)."""
    rows: list[_Line] = []
    below = _lines(s, cache)[k]
    depth = below.indent
    marked = bool(_MARKED_ROW.match(below.text.lstrip(_INDENT)))
    index, above = s.index, _lines(s, cache)[:k]
    sub: _Line | None = None  # a 其中 row passed on the way up, flush with the rows
    while True:
        gap = below.gap.rstrip(" \t\u3000\r")
        if gap != "\n":
            # the line above is no claim's: the table's head when it says something, else a blank line
            head = gap[:-1].rsplit("\n", 1)[-1] if gap.endswith("\n") else ""
            if marked and _MARKED_ROW.match(head.lstrip(_INDENT)):
                return None  # (四)无法提供 over 1.… 2.… under (七)总计: a group of rows, its figure left to its lines
            # (二)纠错 over 撤销 | 58 / 确认违法 | 44, the rows of (一)维持、驳回 above it: a label alone on its line
            # groups the rows after it, all of them under the one total row (not 按年龄分: another cut of them)
            grouped = rows and gap == f"\n{head}\n" and _GROUPING_LABEL.fullmatch(head.strip(_INDENT))
            if not grouped or _closes_alone(_lines(s, cache)[k], rows):
                return rows if head.strip() else None
        if not above:
            index -= 1
            if index < 0:
                return None
            above = list(_lines(doc.sentences[index], cache))  # a copy: the cache is read again
        line = above.pop()
        below = line
        if rows and not line.figs and not any(c.isdigit() for c in line.text) and len(line.text.split()) == width:
            return rows  # 县(市、区) 断面数 优良断面数 / 玉城区 4 4: the head, read into the sentence of the first row
        if rows and _INTAKE_ROW.search(line.text.split("|", 1)[0].split("\t", 1)[0]):
            return rows  # 新收申请数量 | 204 / 上年结转 | 8 / 予以公开 | 117 …总计: the intake heads the outcomes
        kind = _row_kind(line, width, depth, side, marked=marked)
        if kind == "row":
            rows.insert(0, line)
            if sub is not None:
                rows[1:] = _past_sub(line, sub, rows[1:])
                sub = None
        elif kind == "total" and len(rows) >= 2 and _other_total(line, s, k, cache):
            # 收入合计 | … ⏎ 业务活动成本 | … ⏎ 管理费用 | … ⏎ 费用合计: the rows since the total of another side
            return rows
        elif kind != "sub":
            return None
        elif line.text.lstrip(_INDENT).startswith("其中") and any(_ITEM_MARK.match(r.text) for r in rows):
            # 3.不予公开 | 27 / 其中:属于国家秘密 | 2 / 其他法律…禁止公开 | 1 / … / 4.无法提供 | 121: rows flush under
            # a 其中 row, up to the next marked row, break down the row above it too
            while rows and not _ITEM_MARK.match(rows[0].text):
                rows.pop(0)
        elif line.text.lstrip(_INDENT).startswith("其中"):
            sub = line


def _flush_rows(doc: Doc, s: Sentence, above: list[Fig], own: list[Fig]) -> list[tuple[Fig, ...]]:
    """飞机起降架次(架次) | 215,384 ⏎ 其中:国内航线 | 189,912 ⏎ 国际及地区航线 | 25,472: for each column, the cells of
    the rows flush under the 其中 row `s` (cells `own`) that make up the row above (cells `above`) with it,
    exactly; empty when no rows do."""
    if not all(same_measure(a, c) for a, c in zip(above, own, strict=True)):
        return [() for _ in above]
    rows: list[list[Fig]] = []
    for t in doc.sentences[s.index + 1 : s.index + 6]:
        cells = [f for f in t.figs if f.is_level]
        if not table_line(t) or _indented_row(t) or len(cells) != len(above) or t.text.lstrip().startswith("其中"):
            break
        if not all(same_measure(a, c) for a, c in zip(above, cells, strict=True)):
            break
        rows.append(cells)
        sums = [sum((r[i].claim.value for r in rows), c.claim.value) for i, c in enumerate(own)]
        if all(x == a.claim.value for x, a in zip(sums, above, strict=True)):
            return [tuple(r[i] for r in rows) for i in range(len(above))]
    return [() for _ in above]


def _past_sub(parent: _Line, sub: _Line, rows: list[_Line]) -> list[_Line]:
    """捐赠收入 | 2731.08 ⏎ 其中:货币捐赠 | 2208.64 ⏎ 非货币捐赠 | 522.44 ⏎ 投资收益 | 96.37: the rows flush under a
    其中 row that make up the row above it with that row are its parts too, not rows of the table: `rows` without
    them."""
    if not parent.figs or not sub.figs:
        return rows
    want, got = parent.figs[0].claim, sub.figs[0].claim.value
    for j, r in enumerate(rows):
        if not r.figs or r.figs[0].claim.unit != want.unit:
            return rows
        got += r.figs[0].claim.value
        if got == want.value:
            return rows[j + 1 :]
        if got > want.value:
            return rows
    return rows


_INTAKE_ROW = regex.compile(r"新收|收到|结转|申请数量|受理")
_TOTAL_TAIL = regex.compile(r"(?:合计|总计)\s*$")


def _other_total(line: _Line, s: Sentence, k: int, cache: dict[int, list[_Line]]) -> bool:
    """Whether a total row above names another thing than the total row below (收入合计 over 费用合计)."""
    def name(x: _Line) -> str:
        cells = _cells(x)
        return x.text[cells[0][0] : cells[0][1]].strip() if cells else ""

    above, below = name(line), name(_lines(s, cache)[k])
    a, b = _TOTAL_TAIL.sub("", above), _TOTAL_TAIL.sub("", below)
    return bool(a and b and a != b and _TOTAL_TAIL.search(above) and _TOTAL_TAIL.search(below))


def _rows_below(
    doc: Doc, s: Sentence, k: int, width: int, cache: dict[int, list[_Line]]
) -> tuple[list[list[_Line]], bool]:
    """The rows of a table right below line `k` of sentence `s` (a total row under the table's head), each with
    `width` cells, to the table's end; rows set in under another are skipped. In groups, when lines that name a
    dimension part them (营业收入合计 / 分行业 / 工程机械… / 分地区 / 境内…: each group adds up to the total).
    None when the table holds a 小计 or another total row. And whether they are all of the total: not when the
    first opens with 其中 (总计 418 / 其中：医院 9 / 乡镇卫生院 18…: the kinds the table names, maybe not all)."""
    groups: list[list[_Line]] = [[]]
    complete = True
    under = False  # in the rows of a 其中 row of a table with marked rows
    depth = _lines(s, cache)[k].indent
    index, below = s.index, _lines(s, cache)[k + 1 :]
    while True:
        if not below:
            index += 1
            if index >= len(doc.sentences):
                break
            below = list(_lines(doc.sentences[index], cache))
        line = below.pop(0)
        gap = line.gap.rstrip(" \t\u3000\r")
        if gap != "\n":
            label = gap.strip(" \t\u3000\r\n")
            if not (_DIMENSION_LINE.fullmatch(label) and gap.count("\n") == 2 and gap.startswith("\n")):
                break  # a blank line or words no claim holds: the table ends
            if groups[-1]:
                groups.append([])  # 分地区: the rows after it part the total again
        kind = _row_kind(line, width, depth)
        cells = _cells(line)
        rows = groups[-1]
        if not rows and kind == "sub" and cells is not None and len(cells) == width and line.indent == depth:
            kind, complete = "row", False  # 其中：医院 9 right under the total: the first of its kinds
        opens_sub = kind == "sub" and line.text.lstrip(_INDENT).startswith("其中")
        if opens_sub and any(_ITEM_MARK.match(r.text) for r in rows):
            # 2.公务用车… / 其中：购置费 / 运行维护费 / 3.公务接待费: rows flush under a 其中 row, up to the next
            # marked row, break down the row above it too
            under = True
            continue
        if kind == "row" and under and not _ITEM_MARK.match(line.text):
            continue
        under = False
        if kind == "row":
            rows.append(line)
        elif kind == "total":
            return [], complete
        elif kind == "end":
            break
    return [g for g in groups if g], complete


# 分行业 / 分产品 / 分地区 / 按销售模式分: a line between a table's rows that names the dimension of the rows after it
_DIMENSION_LINE = regex.compile(r"(?:分|按)\p{Han}{1,6}?(?:分|划分)?[:：]?")


def _cells(line: _Line) -> list[tuple[int, int]] | None:
    """The cells of a line that is a row of a table laid out as text, as spans of its text; None when it is
    no such row (prose)."""
    text = line.text.rstrip()
    if not line.starts_line:
        return None
    body = text.lstrip(_INDENT)
    if "|" in body or "｜" in body:
        return _pipe_cells(text, len(text) - len(body))
    # 合计 152 23700 98600: a name and bare numbers set apart by single spaces
    # a row set with ideographic spaces (东城区　3,218　　3,105) takes a single one as a cell's edge
    wide = _WIDE_SEP if "\u3000" in body and "\t" not in body else CELL_SEP
    sep = wide if wide.search(body) or not _SPACED_ROW.fullmatch(body) else _ONE_SPACE
    spans: list[tuple[int, int]] = []
    pos = len(text) - len(body)
    for m in sep.finditer(text, pos):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans if len(spans) >= 2 else None


def _pipe_cells(text: str, pos: int, sep: regex.Pattern[str] = _PIPE) -> list[tuple[int, int]] | None:
    """合计 | 2,846.93 | 2,721.05 | 4.63: cells between bars (or single tabs), an empty one kept so the columns stay
    in place; a bar that opens the row bounds no cell."""
    edges = [m.start() for m in sep.finditer(text, pos)]
    bounds = [pos - 1, *edges, len(text)]
    spans = []
    for a, b in itertools.pairwise(bounds):
        lo, hi = a + 1, b
        while lo < hi and text[lo] in " \u3000\t":
            lo += 1
        while hi > lo and text[hi - 1] in " \u3000\t":
            hi -= 1
        spans.append((lo, hi))
    if sep is _PIPE and spans and spans[0][0] == spans[0][1] and edges and edges[0] == pos:
        spans = spans[1:]  # | 合计 | …: the bar that opens the row
    # … | 4.63 |: a bar that closes the row leaves an empty cell at its end, as it does on every row of the table
    return spans if len(spans) >= 2 else None


def _cell_fig(line: _Line, cells: list[tuple[int, int]], col: int) -> Fig | None:
    """The one figure in cell `col` of a row, whatever it is; None when there is none or more."""
    if col >= len(cells):
        return None
    a, b = cells[col]
    got = [f for f in line.figs if a <= f.claim.start - line.offset < b]
    return got[0] if len(got) == 1 else None


def _nil_cell(row: _Line, col: int) -> bool:
    """Whether cell `col` of a row is a dash that stands for none (—, －, -)."""
    cells = _cells(row) or []
    return col < len(cells) and row.text[cells[col][0] : cells[col][1]].strip() in _NIL_CELLS


_NIL_CELLS = frozenset({"—", "－", "-", "——", "–"})


def _closes_alone(total: _Line, rows: list[_Line]) -> bool:
    """Whether the rows of one labelled group add up to the total row by themselves in some column: the labels then
    cut one whole each its own way ((一)性别, (二)年龄), not into parts of it."""
    cells = _cells(total) or []
    for col in range(1, len(cells)):
        w = _in_cell(total, cells, col)
        got = [_in_cell(r, _cells(r) or [], col) for r in rows]
        parts = [g.claim.value for g in got if g is not None]
        if w is not None and len(parts) == len(rows) >= 2 and abs(sum(parts) - w.claim.value) <= w.claim.value / 200:
            return True
    return False


def _in_cell(line: _Line, cells: list[tuple[int, int]], col: int) -> Fig | None:
    """The one figure in cell `col` of a row that can be added up; None when there is none or more."""
    f = _cell_fig(line, cells, col)
    if f is None:
        return None
    # a column of the year before (2023年): its cells are earlier values, and add up as well
    earlier = f.claim.role == "before" and f.is_level and not f.paren and f.claim.kind != "duration"
    # 人均消费支出 | 27960 over 食品烟酒 | 7773 …: an average per head the row names is the sum of its components'
    # averages (not a column of averages per place: 全市 | 33.4 under 每万人拥有5G基站)
    own = AVERAGE.search(line.text[cells[0][0] : cells[0][1]]) is not None if cells else False
    return f if f.is_part or earlier or (own and f in _averages(f.sent)) else None
