"""Which claims belong together, read from the structure of the text and never from their values.

Every finder here looks at cue words, clause and sentence order, list markers, headings and the names
figures carry; none of them looks at whether numbers fit, so a wrong figure is still paired with its
partners and can be caught. Each relation records how its partners were found (`tie`) and whether that
tie is firm enough to call a mismatch inconsistent (`firm`).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from ..lexicon import SLASH_ITEMS
from . import arith, rules
from . import lexicon as lx
from .changes import find_changes
from .cues import label_of, structure_runs, table_line
from .indicators import defined_rates
from .lists import dimension_runs, find_breakdowns
from .model import Doc, Fig, Sentence, compatible, same_measure
from .multiples import times_shares
from .perhead import area_yields, head_averages, per_head_shares
from .relations import ITEMS_SUM_TIE, LISTED_TIE, Breakdown, Relations, Share
from .rows import row_balances, row_intakes, row_rates, table_lines
from .shares import (
    complementary_rates,
    far_dimension_lists,
    find_shares,
    kind_rate_shares,
    kind_share_lists,
    kind_share_rows,
    listed_hundreds,
    named_cell_shares,
    named_kind_shares,
    named_respective_shares,
    referred_shares,
    resolve_far_shares,
    row_part_shares,
    saving_rates,
    share_sums,
    structure_ratios,
    structure_shares,
    survey_grims,
    table_shares,
    total_row_rates,
    unshared_kinds,
)


def find(doc: Doc) -> Relations:
    """Every relation the structure of the text states."""
    rel = Relations()
    rel.changes = find_changes(doc)
    rel.breakdowns = find_breakdowns(doc)
    shares, rel.grims, pending, named_lists = find_shares(doc, rel.breakdowns)
    far, far_lists = resolve_far_shares(doc, pending, shares)
    in_table, table_lists = table_shares(rel.breakdowns)
    in_table += row_part_shares(rel.breakdowns) + kind_share_rows(doc, rel.breakdowns)
    rel.shares = shares + far + structure_shares(doc, rel.breakdowns)
    taken = {sh.rate for sh in rel.shares}
    # 4.36亿元,其中减税A、降费B、退税C,惠及1.27万户,户均…: an average after a list of kinds is of their whole
    lists = [b for b in rel.breakdowns if b.whole is not None and b.cue == "其中" and len(b.parts) >= 2]
    parent = {p: b.whole for b in lists for p in b.parts}
    listed_in = {p: b.whole for b in rel.breakdowns if b.whole is not None and b.cue == "其中" for p in b.parts}
    rel.shares += [
        sh
        for sh in per_head_shares(doc) + head_averages(doc, parent, listed_in) + area_yields(doc)
        if sh.rate not in taken
    ]
    taken = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in in_table if sh.rate not in taken]
    # a cell's share of the whole its column names beats the headline total a far share guessed
    named_cells = {sh.rate: sh for sh in named_cell_shares(doc)}
    rel.shares = [sh for sh in rel.shares if not (sh in far and sh.rate in named_cells)]
    rated = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in named_cells.values() if sh.rate not in rated]
    rated = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in named_respective_shares(doc, rel.shares) if sh.rate not in rated]
    rated = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in times_shares(doc) if sh.rate not in rated]  # 前者是后者的1.5倍
    rated = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in defined_rates(doc) if sh.rate not in rated]  # 保险深度, 劳动生产率
    rated = {sh.rate for sh in rel.shares}
    # 抽查批次 | 不合格批次 | 不合格发现率: a row's rate of the cells its columns name, sure of them
    lines = table_lines(doc)
    rows = row_rates(lines)
    sure = {(sh.rate, sh.part, sh.whole): sh for sh in rows}
    rel.shares = [sure.get((sh.rate, sh.part, sh.whole), sh) if not sh.firm else sh for sh in rel.shares]
    rated = {sh.rate for sh in rel.shares}
    rows = [sh for sh in rows if sh.rate not in rated]
    rel.shares += rows
    in_rows = {sh.rate for sh in rows}
    rel.grims = [g for g in rel.grims if g.rate not in in_rows]  # the row's part and base are stated: no k/n test
    rated = {sh.rate for sh in rel.shares}
    kind_shares, kind_lists = named_kind_shares(doc)
    rel.shares += [sh for sh in kind_shares if sh.rate not in rated]
    rel.breakdowns += kind_lists + row_intakes(lines) + row_balances(lines)
    rel.breakdowns += [b for b in table_lists if not taken.intersection(b.parts)]
    # 受理11933起,调解成功11929件,调解成功率99.9%: the rate checks the stage already, the subset says nothing more
    paired = {(sh.whole, sh.part) for sh in rel.shares}
    rel.breakdowns = [b for b in rel.breakdowns if b.cue != "stage" or (b.whole, b.parts[0]) not in paired]
    # 9371户,占全程电子化登记量的近八成: a part of a single other part (not of several, not a ratio of two)
    nested = {(sh.whole, sh.part) for sh in rel.shares if not sh.plus and not sh.times}
    rel.breakdowns = [b for b in map(_unnest, rel.breakdowns, [nested] * len(rel.breakdowns)) if b is not None]
    rel.breakdowns = [
        b
        for b in rel.breakdowns
        if not _restated(b)
        and not _limits(b)
        and not _outgrown(b)
        and not _outsized(b)
        and not _of_the_change(b)
        and not _held_within(b)
        and not _averaged(b)
    ]
    # 夏粮单产404.3公斤/亩,其中小麦433.1公斤/亩: figures per unit (yields, prices, averages) never add up; flows per
    # stretch of time do (处理规模8.5万吨/日,其中城东污水处理厂5万吨/日)
    # (the gap between two of them is no sum of parts: 最高37微克/立方米…最低22…相差15)
    rel.breakdowns = [b for b in rel.breakdowns if b.whole is None or b.cue == "gap" or not _per_unit(b.whole)]
    rel.breakdowns = [_named_by_shares(_outsider_dropped(b), rel.shares) for b in rel.breakdowns]
    rel.breakdowns = [_completed(_besides(c)) for b in rel.breakdowns for c in _complements(_outside(_involved(b)))]
    rel.breakdowns = [_first_of_rest(_months_short(b)) for b in rel.breakdowns if b.parts]
    rel.breakdowns = _twin_lists(rel.breakdowns)
    rel.breakdowns += named_lists + far_lists
    # 咨询类A、求助类B…。咨询类占比47.6%: a kind given a share later is still a kind of the dimension's list
    # (a subtotal of some of the kinds, 投诉类与求助类合计, leaves them kinds of the list too)
    listed = {p for b in rel.breakdowns if b.cue != "joint" for p in b.parts}
    listed |= {sh.part for sh in rel.shares if sh.part.sent is sh.rate.sent}
    rel.breakdowns += far_dimension_lists(doc, dimension_runs(doc, listed))
    hundreds = _hundreds(rel.shares, rel.breakdowns)
    made = {(b.whole, frozenset(b.parts)) for b in hundreds}  # a list not known complete, now known so
    rel.breakdowns = [b for b in rel.breakdowns if (b.whole, frozenset(b.parts)) not in made] + hundreds
    rel.breakdowns += share_sums(rel.shares, rel.breakdowns) + structure_ratios(doc)
    rated = {sh.rate for sh in rel.shares}
    rel.shares += [sh for sh in _structure_terms(doc, rel.breakdowns) if sh.rate not in rated]
    rel.breakdowns += listed_hundreds(doc) + kind_share_lists(doc)
    summed = {frozenset(b.parts) for b in rel.breakdowns}
    rel.breakdowns += [b for b in complementary_rates(doc) if frozenset(b.parts) not in summed]
    # rates no finder above has paired: under a table's total row, of a saving, of items referred to as a group,
    # of a survey's answers; each finder leaves alone the rates paired before it
    rated = {sh.rate for sh in rel.shares} | {g.rate for g in rel.grims} | {ch.rate for ch in rel.changes if ch.rate}
    parts_of = {p: b.whole for b in rel.breakdowns if b.whole is not None and b.cue != "joint" for p in b.parts}
    finders = (
        total_row_rates,
        saving_rates,
        lambda d, t: referred_shares(d, t, parts_of),
        lambda d, t: kind_rate_shares(d, t, parts_of),
    )
    for finder in finders:
        # 预算A,实际B,节约资金C,节约率D: the rate is of the saving over the budget as much as of the change B from A
        got = finder(doc, rated - {ch.rate for ch in rel.changes} if finder is saving_rates else rated)
        rel.shares += got
        rated |= {sh.rate for sh in got}
    rel.grims += survey_grims(doc, rated)
    rel.shares = _tied_by_sums(rel.shares, rel.breakdowns)
    return rel


_OWN_WHOLE = regex.compile(r"占[^,，;；]{2,}的")


def _tied_by_sums(shares: list[Share], breakdowns: list[Breakdown]) -> list[Share]:
    """参保人数916.65万人。其中,职工312.47万人,居民604.18万人,居民占65.19%: the parts listed make up the whole to
    the last digit, so an item's share is of that whole for sure, when it names no whole of its own and fits no
    other item (师范类2871人,非师范类2165人,师范生占比57.01%: the first item's)."""
    exact: dict[tuple[Fig, Fig], tuple[Fig, ...]] = {
        (b.whole, p): b.parts
        for b in breakdowns
        if b.whole is not None
        and b.cue == "其中"
        and b.partition
        and not b.plus
        and not b.minus
        and len(b.parts) >= 2
        and all(p.claim.unit == b.whole.claim.unit for p in b.parts)
        and sum((p.claim.value for p in b.parts), Decimal(0)) == b.whole.claim.value
        for p in b.parts
    }
    return [
        replace(sh, firm=True, tie=f"{sh.tie}, which its items make up exactly")
        if not sh.firm
        and sh.tie == LISTED_TIE
        and sh.rate.sent is sh.part.sent
        and sh.rate.pos == sh.part.pos + 1
        and not sh.times
        and not sh.plus
        and not sh.more
        and not sh.alts
        and (sh.whole, sh.part) in exact
        and not _OWN_WHOLE.search(sh.rate.clause)  # 占归属于…的净利润的比例: a whole of its own
        and not any(rules.fits(replace(sh, part=p)) for p in exact[(sh.whole, sh.part)] if p is not sh.part)
        else sh
        for sh in shares
    ]


def _first_of_rest(b: Breakdown) -> Breakdown:
    """已化解176件。其中,"骨头案"21件,化解17件,剩余4件: a list all of its whole that falls short of it, whose first
    item the others make up exactly, is of that first item: 21 = 17 + 4, no sum of 176."""
    w, parts = b.whole, b.parts
    if w is None or not b.exhaustive or len(parts) < 3 or not all(same_measure(w, p) for p in parts):
        return b
    values = [p.claim.value for p in parts]
    if sum(values) >= w.claim.value or values[0] != sum(values[1:]):
        return b
    return replace(b, whole=parts[0], parts=parts[1:], plus=())


def _structure_terms(doc: Doc, breakdowns: list[Breakdown]) -> list[Share]:
    """接收退役士兵110名,其中自主就业97名、安排工作12名、退休供养1名,三种安置方式结构比为88.2:10.9:0.9: the
    terms of a structure right after a list of as many items that make up their whole are the items' shares
    of it, in order."""
    listed = {
        b.parts: b.whole
        for b in breakdowns
        if b.whole is not None and ((b.exhaustive and b.partition) or _adds_up(b))
    }
    out = []
    for s in doc.sentences:
        for run in structure_runs(s):
            first = run[0]
            # 三种安置方式结构比为…: a count of the kinds names the structure, no item of it
            before = [f for f in s.figs[: first.pos] if f.claim.unit not in lx.KIND_UNITS]
            items = before[-len(run) :]
            whole = listed.get(tuple(items))
            named_after = _items_named_after(s, run)
            if named_after:
                # 发明、实用新型、外观设计三种专利授权量构成比为17.6:63.1:19.3,发明专利授权1456件,…: the kinds the
                # structure names, counted after it, in order
                out += _item_shares(run, named_after, _stated_total(doc, s, named_after))
                continue
            if len(items) != len(run) or any(f.group != first.group for f in items):
                continue
            items = _in_named_order(first, items)
            if whole is None:
                # 第一产业2.41万户,…,三次产业结构比为3.5:12.6:83.9: of the total the items make, stated before them;
                # 城乡低保资金A、特困供养资金B、临时救助资金C,三项资金支出结构比为…: of the items' own sum
                stated = _stated_total(doc, s, items)
                counted = _ITEMS_COUNTED.search(s.between(items[-1].claim.end, first.claim.start))
                if stated is not None or (counted and all(compatible(f, items[0]) and not f.paren for f in items)):
                    out += _item_shares(run, items, stated)
                continue
            tie = "the item of the list before, in order"
            out += [Share(t, p, whole, tie, True) for t, p in zip(run, items, strict=True)]
    return out


_PAIR_NAMED = regex.compile(r"(?P<a>\p{Han})(?P<b>\p{Han})比(?:为|是|达到?)?\s*$")


def _in_named_order(first: Fig, items: list[Fig]) -> list[Fig]:
    """普通高中A和中职B,职普比为x:y: a ratio named by one character of each side (职, 普) takes its terms in the
    order of its name, whatever order the items came in."""
    m = _PAIR_NAMED.search(first.clause)
    if m is None or len(items) != 2:
        return items
    a, b = m.group("a"), m.group("b")
    names = [f.claim.subject or label_of(f) for f in items]
    if a in names[1] and b in names[0] and a not in names[0] and b not in names[1]:
        return items[::-1]
    return items


def _item_shares(run: list[Fig], items: list[Fig], stated: Fig | None) -> list[Share]:
    """The terms of a structure as the items' shares, in order: of the total stated for them, else of their sum."""
    if stated is not None:
        return [Share(t, p, stated, "the total the items make", True) for t, p in zip(run, items, strict=True)]
    return [Share(t, p, items[0], ITEMS_SUM_TIE, True, plus=tuple(items[1:])) for t, p in zip(run, items, strict=True)]


def _stated_total(doc: Doc, s: Sentence, items: list[Fig]) -> Fig | None:
    """The figure before `items`, in their sentence or the two before in its paragraph, that their sum meets."""
    if not all(compatible(f, items[0]) and f.is_level and not f.paren for f in items):
        return None
    total = arith.total(arith.bounds(f.claim) for f in items)
    earlier = [t for t in doc.sentences[max(0, s.index - 2) : s.index] if t.para == s.para]
    said = [f for t in (*earlier, s) for f in t.figs if f.index < items[0].index]
    return next(
        (
            f
            for f in reversed(said)
            if f.is_level and not f.is_baseline and compatible(f, items[0]) and arith.bounds(f.claim).meets(total)
        ),
        None,
    )


def _items_named_after(s: Sentence, run: list[Fig]) -> list[Fig]:
    """The figures right after a structure's terms, one for each kind the structure names (发明、实用新型、外观设计
    三种…构成比为a:b:c,发明专利授权A,实用新型专利B,外观设计专利C), in order; [] when they are not so named."""
    lead = s.between(s.start, run[0].claim.start)
    m = _NAMED_KINDS.search(lead)
    if m is None:
        return []
    kinds = [k for k in _KIND_SPLIT.split(m["kinds"]) if k]
    after = [f for f in s.figs[run[-1].pos + 1 :] if not f.is_change][: len(run)]
    if len(kinds) != len(run) or len(after) != len(run):
        return []
    if not all(f.is_level and compatible(f, after[0]) and not f.paren for f in after):
        return []
    return after if all(k in label_of(f) for k, f in zip(kinds, after, strict=True)) else []


_NAMED_KINDS = regex.compile(
    r"(?P<kinds>\p{Han}{1,8}(?:、\p{Han}{1,8})+)(?:[两二三四五六七八九十]|\d)(?:种|项|类|者|大)\p{Han}{0,10}(?:结构比|构成比|比例|之比)(?:为|是)?\s*$"
)
_KIND_SPLIT = regex.compile(r"、")


# 三项资金支出结构比为, 三者比例为: the structure names how many items it is of
_ITEMS_COUNTED = regex.compile(
    r"(?:[两二三四五六七八九十]|\d)(?:项|种|类|者|个|大)\p{Han}{0,10}(?:结构比|比例|之比|构成比)"
)


def _adds_up(b: Breakdown) -> bool:
    values = [p.claim.value for p in b.parts]
    return b.whole is not None and None not in values and sum(values) == b.whole.claim.value  # type: ignore[arg-type]


def _hundreds(shares: list[Share], breakdowns: list[Breakdown]) -> list[Breakdown]:
    """资产总额A。分级次看,市属企业B,占全市国有企业资产总额的64.3%;县属企业C,占35.7%: the parts of one whole whose
    shares, said in one sentence, make 100 are all of it; their amounts add up to it (a list the text does not
    otherwise set out)."""
    listed = {(b.whole, frozenset(b.parts)) for b in breakdowns if b.whole is not None and b.exhaustive}
    runs: dict[tuple[Fig, int], list[Share]] = {}
    for sh in shares:
        if sh.rate.claim.unit == "%" and not sh.times and not sh.less and not sh.more and not sh.plus:
            runs.setdefault((sh.whole, sh.rate.sent.index), []).append(sh)
    out = []
    for (whole, _), items in runs.items():
        parts = tuple(sorted({sh.part for sh in items}, key=lambda f: f.index))
        if len(parts) < 2 or len(parts) != len(items) or (whole, frozenset(parts)) in listed:
            continue
        if any(not same_measure(p, whole) or p.claim.value >= whole.claim.value for p in parts):
            continue
        if unshared_kinds(parts[0].sent, parts):
            continue  # 自燃58起,占2.5%;放火9起;其他348起,占15.0%: a kind without its share, so the shares leave it out
        total = sum((sh.rate.claim.value for sh in items), Decimal(0))
        # each share rounded: together they may miss 100 by half a unit of each one's last place
        slack = sum((Decimal(5).scaleb(-1 - arith.decimals(sh.rate.claim.number)) for sh in items), Decimal(0))
        if abs(total - 100) <= max(slack, Decimal("0.1")):
            firm = all(sh.firm for sh in items)
            out.append(Breakdown(whole, parts, "shares-list", True, True, firm=firm))
    return out


def _unnest(b: Breakdown, paired: set[tuple[Fig, Fig]]) -> Breakdown | None:
    """A list without the parts its text says are parts of another of its parts: 其中全程电子化登记A,…;通过手机端
    完成登记B,占全程电子化登记量的近八成 (B is within A, not beside it)."""
    inner = [p for p in b.parts if any((q, p) in paired for q in b.parts if q is not p)]
    if not inner:
        return b
    parts = tuple(p for p in b.parts if p not in inner)
    return replace(b, parts=parts) if len(parts) >= 2 or (parts and not b.exhaustive) else None


def _complements(b: Breakdown) -> list[Breakdown]:
    """博物馆31个,其中国有19个、非国有12个,国家一级博物馆1个: a kind and its complement (非…) are all of the
    whole; an item after them is of another dimension, a part of the whole but no third kind. A pair inside the
    list (能源矿产2种、金属矿产9种、非金属矿产16种、水气矿产2种) is two kinds among others."""
    if b.whole is None or len(b.parts) < 3:
        return [b]
    a, c = (p.claim.subject or "" for p in b.parts[:2])
    if a and c and (c == "非" + a or a == "非" + c):
        pair, rest = b.parts[:2], b.parts[2:]
        return [replace(b, parts=pair, exhaustive=True, partition=True), replace(b, parts=rest, exhaustive=False)]
    return [b]


_BESIDES_ITEM = regex.compile(r"^\s*(?:另有|另外还有|此外还有)$")


def _twin_lists(breakdowns: list[Breakdown]) -> list[Breakdown]:
    """全年拆除违法建设86宗,面积2.41万平方米。分区域看,城区52宗、1.37万平方米,乡镇34宗、0.96万平方米: two lists over
    the same kinds, in one sentence, of two wholes stated together. When the counts of the kinds make up their whole
    exactly, the kinds are all there are, so they hold all of the other whole too."""
    out = list(breakdowns)
    for k, b in enumerate(breakdowns):
        if b.whole is None or b.exhaustive or len(b.parts) < 2:
            continue
        for a in breakdowns:
            if a is b or a.whole is None or len(a.parts) != len(b.parts) or not _counted_whole(a):
                continue
            if a.whole.sent is not b.whole.sent or a.parts[0].sent is not b.parts[0].sent:
                continue
            if same_measure(a.whole, b.whole) or any(
                label_of(p) != label_of(q) or not label_of(p) for p, q in zip(a.parts, b.parts, strict=True)
            ):
                continue
            out[k] = replace(b, exhaustive=True, partition=True)
            break
    return out


def _counted_whole(b: Breakdown) -> bool:
    """Whole counts that the parts make up exactly: 86宗 = 52宗 + 34宗."""
    values = [p.claim.value for p in b.parts]
    return (
        b.whole is not None
        and b.whole.claim.kind == "count"
        and not b.whole.claim.approx
        and None not in values
        and all(v == v.to_integral_value() for v in values if v is not None)
        and sum(values) == b.whole.claim.value  # type: ignore[arg-type]
    )


def _outsized(b: Breakdown) -> bool:
    """大中型矿山合计53个。按矿种分,非金属矿山131个,金属矿山38个,能源矿山17个: a whole from the sentence before that
    is smaller than a kind listed with its parts is not what the kinds break down."""
    if b.whole is None or not b.parts or b.whole.sent.index >= b.parts[0].sent.index or not b.cue.startswith("按"):
        return False
    s, last = b.parts[0].sent, b.parts[-1]
    if table_line(s):
        return False  # a table's rows: the other cells of a row are of other columns
    return any(
        f.is_part and f not in b.parts and same_measure(f, b.whole) and f.claim.value > b.whole.claim.value
        for f in s.figs[: last.pos]
    )


def _averaged(b: Breakdown) -> bool:
    """合计 | 58736 over 采矿业 | 61245, 制造业 | 57902, …: three or more parts each at least half the whole are
    averages or prices (年平均工资), which do not add up; no parts of it."""
    if b.whole is None or len(b.parts) < 3 or b.whole.claim.value <= 0:
        return False
    return all(p.claim.value * 2 >= b.whole.claim.value for p in b.parts)


def _held_within(b: Breakdown) -> bool:
    """对全县12个乡镇中抽选的48个行政村: what is found within the places or things a 中 base counts, more of them
    than it and named unalike, is of another kind (villages in townships), no part of it."""
    w = b.whole
    if w is None or b.cue != "中" or not all(p.claim.value > w.claim.value for p in b.parts):
        return False
    own = set(w.claim.subject or "")
    return bool(own) and not any(own & set(p.claim.subject or "") for p in b.parts)


def _besides(b: Breakdown) -> Breakdown:
    """接收退役士兵134名,其中政府安排工作23名、自主就业109名,另有2名以退休方式安置: a count said to be besides the
    items, in their clause group, that makes up the whole with them exactly, is the last of them. (Besides a
    list that falls short of the whole, 另有 may count what lies outside it: no sum is claimed then.)"""
    if b.whole is None or b.cue != "其中" or b.exhaustive or not b.parts:
        return b
    last = b.parts[-1]
    s = last.sent
    nxt = s.figs[last.pos + 1] if last.pos + 1 < len(s.figs) else None
    if nxt is None or nxt.group != last.group or not nxt.is_part or not same_measure(nxt, last):
        return b
    if not _BESIDES_ITEM.match(nxt.clause) or b.whole.sent is not s:
        return b
    values = [p.claim.value for p in (*b.parts, nxt)]
    if any(v is None for v in values) or sum(values) != b.whole.claim.value:  # type: ignore[arg-type]
        return b
    return replace(b, parts=(*b.parts, nxt), exhaustive=True, partition=True)


_JOINT_SHARE = regex.compile(r"合计|共计|总计|上述|以上|两者|三者|二者")


_SPAN = regex.compile(r"(?P<a>\d{1,2})\s*[-—–~至]\s*(?P<b>\d{1,2})\s*月|(?P<q>前三季度)|(?P<h>上半年)|(?P<y>全年)")
_MONTH = regex.compile(r"(?<![\d\-—–~至])(?P<m>\d{1,2})\s*月(?![\d份]*[-—–~至])")


def _months_short(b: Breakdown) -> Breakdown:
    """1-9月累计用电量310.5亿千瓦时。分月看,7月、8月、9月用电量分别为…: months fewer than the whole's stretch are
    some of it: the items stay within the whole, they need not make it up."""
    if b.whole is None or not b.exhaustive or b.cue == "合计":
        return b
    w = b.whole
    span = _SPAN.search(w.sent.between(w.sent.start, w.claim.start))
    if span is None:
        return b
    months = (
        int(span["b"]) - int(span["a"]) + 1 if span["a"] else 9 if span["q"] else 6 if span["h"] else 12
    )
    first = b.parts[0]
    named = {m["m"] for m in _MONTH.finditer(first.sent.between(first.sent.start, first.claim.start))}
    if len(named) == len(b.parts) and len(named) < months:
        return replace(b, exhaustive=False)
    return b


def _completed(b: Breakdown) -> Breakdown:
    """筹集额1.38亿元。其中,财政拨款9812万元;社会捐赠486万元;自筹资金3502万元: items after a ；that the list
    stopped short of, each of the measure of the last, are the rest of it when with the items before they make up
    the whole exactly (up to three more; the first figure of another measure ends the search)."""
    if b.whole is None or b.cue != "其中" or b.exhaustive or not b.parts:
        return b
    values = [p.claim.value for p in b.parts]
    whole = b.whole.claim.value
    if whole is None or any(v is None for v in values):
        return b
    total = sum(values)  # type: ignore[arg-type]
    last = b.parts[-1]
    s = last.sent
    more: list[Fig] = []
    for f in s.figs[last.pos + 1 :]:
        if total >= whole or len(more) == 3:
            break
        if not f.is_part:
            if _JOINT_SHARE.search(f.clause):
                break  # 上述三类证书合计占89.6%;…: the list is closed with the share of its items
            continue  # 占71.1%, 同比增长9.6%: no item
        if not same_measure(f, last) or f.claim.value is None or (f.group == last.group and not more):
            break
        more.append(f)
        total += f.claim.value
    if not more or total != whole:
        return b
    return replace(b, parts=(*b.parts, *more), exhaustive=True, partition=True)


def _involved(b: Breakdown) -> Breakdown:
    """查补收入A;其中查处虚开发票案件21起,…价税合计近9.8亿元: the sum the cases involve (价税合计, 涉案金额)
    is what those cases are about, no part of the money collected."""
    if b.whole is None or b.cue != "其中":
        return b
    own = b.whole.claim.subject or ""
    words = tuple(w for w in lx.INVOLVED_AMOUNTS if w not in own)
    return replace(b, parts=tuple(p for p in b.parts if not any(w in (p.claim.subject or "") for w in words)))


def _outside(b: Breakdown) -> Breakdown:
    """等级公路236854公里。其中,高速公路A,…四级公路B;等外公路C: what lies outside the grades (等外) is listed
    beside them, no part of their whole."""
    if b.whole is None or not any(w in (b.whole.claim.subject or "") for w, _ in lx.OUTSIDE_OF):
        return b
    outside = tuple(o for w, o in lx.OUTSIDE_OF if w in (b.whole.claim.subject or ""))
    return replace(b, parts=tuple(p for p in b.parts if not (p.claim.subject or "").startswith(outside)))


def _named_by_shares(b: Breakdown, shares: list[Share]) -> Breakdown:
    """税费收入A。其中,税收收入B,…。分税种看,增值税C,占税收收入的x%;…: the whole the items' shares name is
    the whole of the list, over the total the list stood after (of which that whole is a part)."""
    if b.whole is None:
        return b
    parts = set(b.parts)
    named = {sh.whole for sh in shares if sh.part in parts and sh.tie.startswith("the whole named")}
    if len(named) != 1:
        return b
    w = named.pop()
    smaller = w.claim.unit == b.whole.claim.unit and w.claim.value < b.whole.claim.value
    # (…农村居民人均消费支出7318元。从消费结构看,食品烟酒3318元,占人均消费支出的29.8%;服务性消费5127元: kinds
    # that pass the figure read for them and fit the larger whole their shares name are of that one)
    total = sum(p.claim.value for p in b.parts)
    larger = w.claim.unit == b.whole.claim.unit and total > b.whole.claim.value and total <= w.claim.value
    return replace(b, whole=w) if w is not b.whole and w not in parts and (smaller or larger) else b


def _outgrown(b: Breakdown) -> bool:
    """全年受理261件,…。从行业看,制造业案件487件,建筑业案件281件: a figure of the sentence before that one part
    alone outgrows is not what the list by a dimension breaks down (the total it is of stands elsewhere)."""
    w = b.whole
    if w is None or b.cue != "按…分" or all(p.sent is w.sent for p in b.parts):
        return False
    return any(p.claim.unit == w.claim.unit and p.claim.value > w.claim.value for p in b.parts)


def _per_unit(f: Fig) -> bool:
    """公斤/亩, 元/人: a figure per unit of something other than time (件/套 counts in either measure word)."""
    _, slash, per = f.claim.unit.partition("/")
    either = f.claim.kind == "count" and per in _SLASH_ITEMS
    return bool(slash) and per not in _TIME_UNITS and not either


_TIME_UNITS = frozenset({"年", "日", "天", "月", "小时", "时", "秒", "分钟", "周"})
_SLASH_ITEMS = frozenset(SLASH_ITEMS)


def _of_the_change(b: Breakdown) -> bool:
    """撂荒耕地由3260亩减少至410亩,减少87.4%,其中复耕种粮一千八百余亩: a 其中 after the whole's change, its part
    outgrowing the whole, is of the change (what was done), not of the figure."""
    w = b.whole
    if w is None or b.cue != "其中" or w.sent is not b.parts[0].sent:
        return False
    between = w.sent.figs[w.pos + 1 : b.parts[0].pos]
    return any(f.is_change for f in between) and any(p.claim.value > w.claim.value for p in b.parts)


def _outsider_dropped(b: Breakdown) -> Breakdown:
    """非车险保费146.16亿元,其中农业保险保费23.80亿元,…提供风险保障612.5亿元: a last item that alone is over twice
    its whole, when the items before it are within it, is another quantity, no item (a slip of a digit stays)."""
    w = b.whole
    if w is None or b.cue != "其中" or len(b.parts) < 2 or not w.claim.value:
        return b
    *items, last = b.parts
    if last.claim.unit == w.claim.unit and last.claim.value > 2 * w.claim.value and all(
        p.claim.value <= w.claim.value for p in items
    ):
        return replace(b, parts=tuple(items))
    return b


def _limits(b: Breakdown) -> bool:
    """A whole and parts that all name limits (最高额度80万元,其中单缴存职工最高额度50万元): bounds set side by
    side, no amounts that add up."""
    figs = [b.whole, *b.parts] if b.whole is not None else list(b.parts)
    return all(any(w in (f.claim.subject or "") for w in lx.LIMIT_NAMES) for f in figs)


def _restated(b: Breakdown) -> bool:
    """A list gathered from several sentences whose whole one part states again (其中普通高中招生32.58万人,
    中职招生21.35万人 … (一)普通高中。招生32.58万人): the same figure said twice, no whole of its sibling."""
    if b.whole is None or len(b.parts) < 2 or len({p.sent.index for p in b.parts}) < 2:
        return False
    w = b.whole.claim
    return any(p.claim.value == w.value and p.claim.unit == w.unit for p in b.parts)
