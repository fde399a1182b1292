"""Changes: a current value with the earlier value, the change or the rate of change the text states."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

import regex

from ..patterns import alternation
from . import arith
from . import lexicon as lx
from .cues import (
    CLAUSE_MARK,
    FILLER,
    GROUP_MARK,
    PARTS_CUE,
    SHARE_CUE,
    TARGET_CLAUSE,
    bare,
    core,
    names_match,
    plan_pair,
    structure_runs,
    table_line,
)
from .model import (
    BASELINE,
    CHANGE_VERB_END,
    DECREASE,
    FROM_END,
    INCREASE,
    RATE_UNITS,
    RUN_JOIN,
    TO_END,
    Doc,
    Fig,
    Sentence,
    clean_label,
    common_run,
    compatible,
    echo,
    in_order,
    rate_name,
    same_measure,
)
from .relations import Change

BUDGET = regex.compile(alternation(lx.BUDGET_WORDS + lx.CLAIMED_WORDS))
SPENT = regex.compile(alternation(lx.SPENT_WORDS))
RATE_WORDS = regex.compile(r"率|幅度|幅|比例")
SINCE = regex.compile(alternation(lx.SPAN_WORDS))
MEASURED = regex.compile(alternation(lx.MEASURED_AS))
TOTAL_NAME = regex.compile(rf"(?:{alternation(lx.WHOLE_SUFFIXES)})$|^(?:{alternation(lx.TOTAL_CUES)})")
AGAINST_STANDARD = regex.compile(
    rf"(?:{alternation(lx.STANDARD_LEADS)})\s*\p{{Han}}{{0,6}}?(?:{alternation(lx.STANDARD_WORDS)})"
)
# a line break, then a line whose cells stand apart (tabs, runs of spaces): the figure opens a table's next row
NEW_ROW = regex.compile(r"\n[^\n]*?\S(?:\t|[ \u3000]{2,})[^\n]*$|\n[^\n]*\t[^\n]*$")
CHANGE_VERB = regex.compile(alternation(lx.INCREASE_VERBS + lx.DECREASE_VERBS))
_HAN = regex.compile(r"\p{Han}")
PREMIUM_RATE = regex.compile(rf"(?:{alternation(lx.PREMIUM_WORDS)})(?!税)")
STARTING_PRICE = regex.compile(alternation(lx.STARTING_PRICE_WORDS))
SOLD = regex.compile(r"成交")
SAVING = regex.compile(rf"^(?:{alternation(lx.SAVING_WORDS)})|(?:{alternation(lx.SAVING_WORDS)})率?$")


def find_changes(doc: Doc) -> list[Change]:
    """Current values with the earlier value, the change or the rate of change the text states."""
    out: list[Change] = []
    for s in doc.sentences:
        found = _sentence_changes(s)
        done = {ch.after for ch in found if ch.before is not None}
        out.extend(found)
        out.extend(ch for ch in _respective_changes(s) if ch.after not in done)
        out.extend(ch for ch in _bracketed_bases(s) if ch.after not in done)
        out.extend(_target_gaps(s))
        out.extend(_plan_surplus(s))
        out.extend(_added_then_moved(s, found))
        out.extend(_one_stretch_on(s, found))
        out.extend(ch for ch in _other_values(s) if ch.after not in done)
        out.extend(_respective_moves(s))
        saving = _saving(s) or _premium(s)
        if saving is not None:
            out.append(saving)
        if not found:
            out.extend(
                _named_before(doc, s) or _compared_before(doc, s) or _said_after(doc, s) or _bases_opening(doc, s)
            )
        out.extend(_ratio_changes(s))
        out.extend(_structure_changes(s))
    taken = {ch.points for ch in out if ch.points is not None}
    groups = [ch for s in doc.sentences for ch in _group_gaps(s) if ch.points not in taken]
    out += groups
    taken |= {ch.points for ch in groups}
    gaps = _rate_gaps(doc, taken)
    taken |= {ch.points for ch in gaps if ch.points is not None}
    gaps += _period_gaps(doc, taken)
    taken |= {ch.points for ch in gaps if ch.points is not None}
    gaps += _said_period_gaps(doc, taken)
    taken |= {ch.points for ch in gaps if ch.points is not None}
    out = _merged(out)
    return out + _planned_over_outcome(doc, {ch.after for ch in out}) + gaps + _growth_said_after(doc, taken)


def _merged(changes: list[Change]) -> list[Change]:
    """事故27起,较上年的32起…减少5起,…同比…下降15.6%: a change read twice, once with its earlier value and amount,
    once with the amount and the rate, is one change with all three."""
    rated = {(ch.after, ch.amount): ch for ch in changes if ch.before is None and ch.amount is not None and ch.rate}
    out = []
    for ch in changes:
        other = rated.get((ch.after, ch.amount)) if ch.before is not None and ch.rate is None else None
        if other is not None:
            ch = replace(ch, rate=other.rate)
        out.append(ch)
    used = {(ch.after, ch.amount) for ch in out if ch.before is not None and ch.rate is not None}
    return [ch for ch in out if not (ch.before is None and (ch.after, ch.amount) in used and ch in rated.values())]


# 增速较一季度加快3.1个百分点: the earlier stretch whose growth rate the text states before, by its name
_PERIOD_NAME = r"\p{Han}{0,2}?(?:[一二三四]季度|上半年|下半年|前三季度|\d{1,2}[—\-–~]\d{1,2}月)"
_PERIOD_GAP = regex.compile(  # (较一季度增速加快0.9个百分点: the stretch named before the rate's word)
    rf"(?:(?:增速|增幅|涨幅)(?:较|比)(?P<period>{_PERIOD_NAME})(?:的)?|(?:较|比)(?P<period>{_PERIOD_NAME})(?:的)?(?:增速|增幅|涨幅))"
    r"(?:加快|提高|提升|回升|上升|放缓|回落|下降|降低|收窄|扩大)了?$"
)


def _period_gaps(doc: Doc, taken: set[Fig]) -> list[Change]:
    """一季度进出口487.3亿元,增长4.2%;二季度…增长7.3%,增速较一季度加快3.1个百分点: a growth rate, the points
    it beats or trails another stretch's by, and that stretch's growth rate, stated before in the sentence or the
    one before it in the paragraph as the rate of a clause group opened by the stretch's name."""
    out: list[Change] = []
    for s, p, g, m in _points_after_growth(doc, taken, _PERIOD_GAP):
        if g.is_points:
            continue
        period = m.group("period")
        sents = [s]
        if s.index and (t := doc.sentences[s.index - 1]).para == s.para:
            sents.insert(0, t)
        earlier = [
            f
            for t in sents
            for f in t.figs
            if f.claim.start < g.claim.start
            and f.is_change
            and f.claim.unit == "%"
            and not f.is_points
            and (t is not s or f.group != g.group)
        ]
        named = [f for f in earlier if _opens_with(f, period)]
        if len(named) == 1:
            out.append(Change(g, named[0], None, None, p, "gap"))
    return out


# 增速较一季度的16.3%回落1.1个百分点: the earlier stretch's growth rate, stated where it is named
_PERIOD_RATE = regex.compile(rf"^(?:增速|增幅|涨幅)(?:较|比)(?:{_PERIOD_NAME}|上月|上季度)的$")
_PERIOD_MOVE = regex.compile(r"^(?:加快|提高|提升|回升|上升|放缓|回落|下降|降低|收窄|扩大)了?$")


def _said_period_gaps(doc: Doc, taken: set[Fig]) -> list[Change]:
    """快递业务量…同比增长15.2%,…;增速较一季度的16.3%回落1.1个百分点: the growth rate stated last before the
    earlier stretch's, in the sentence, and the points between them."""
    out: list[Change] = []
    for s in doc.sentences:
        for k in range(1, len(s.figs) - 1):
            b, p = s.figs[k], s.figs[k + 1]
            if p in taken or not p.is_points or not _PERIOD_RATE.match(b.clause) or not _PERIOD_MOVE.match(p.clause):
                continue
            if b.claim.unit != "%" or b.group != p.group:
                continue
            g = next(
                (f for f in reversed(s.figs[:k]) if f.is_change and f.claim.unit == "%" and not f.is_points),
                None,
            )
            if g is not None and not g.is_baseline:
                out.append(Change(g, b, None, None, p, "gap"))
    return out


_GROWTH_WORD = r"(?:涨幅|降幅|跌幅|增速|增幅)"
_GROWTH_MOVE = r"(?:扩大|收窄|缩小|加快|回落|提高|下降|放缓|回升|上升|加深)了?"
# 涨幅比上月扩大, 降幅收窄, 增速较一季度加快: the points a growth rate moved by, against an earlier stretch's rate
_GROWTH_MOVED = regex.compile(
    rf"^{_GROWTH_WORD}(?:(?:比|较)(?:上月|上季度|[一二三四]季度|上年同期|去年同期|上年|上半年|前三季度|\d{{1,2}}月份?))?"
    rf"{_GROWTH_MOVE}$"
)
_EARLIER_RATE = regex.compile(
    r"(?:^|[,，])\s*(?:上年同期|去年同期|上月|上季度|[一二三四]季度|\d{1,2}月份?)(?:为|是)?(?:上涨|下降|增长|下跌)?$"
)


def _growth_said_after(doc: Doc, taken: set[Fig]) -> list[Change]:
    """同比上涨0.6%,涨幅比上月扩大0.3个百分点(8月份为上涨0.3%); 同比下降2.4%,上年同期为下降4.2%,降幅缩小1.8个
    百分点: a growth rate, the points it moved by, and the earlier stretch's rate, in brackets after the points or
    said between."""
    out: list[Change] = []
    for s in doc.sentences:
        for p in s.figs:
            if p in taken or not p.is_points or not p.pos or not _GROWTH_MOVED.match(p.clause):
                continue
            rates = [f for f in s.figs[: p.pos] if f.is_change and f.claim.unit == "%" and not f.is_points]
            nxt = s.figs[p.pos + 1] if p.pos + 1 < len(s.figs) else None
            if nxt is not None and nxt.paren and nxt.is_change and nxt.claim.unit == "%" and rates:
                out.append(Change(rates[-1], nxt, None, None, p, "gap"))  # (8月份为上涨0.3%)
            elif len(rates) >= 2 and _EARLIER_RATE.search(rates[-1].clause) and rates[-2].group == rates[-1].group:
                out.append(Change(rates[-2], rates[-1], None, None, p, "gap"))  # 上年同期为下降4.2%
    return out


def _points_after_growth(
    doc: Doc, taken: set[Fig], pattern: regex.Pattern[str]
) -> Iterator[tuple[Sentence, Fig, Fig, regex.Match[str]]]:
    """Points a clause sets against another growth rate (`pattern` on the clause: 高于存款增速, 增速较一季度加快),
    with the growth rate stated right before them in their clause group."""
    for s in doc.sentences:
        if "百分点" not in s.text:
            continue
        for p in s.figs:
            if p in taken or not p.is_points or p.pos == 0 or (m := pattern.search(p.clause)) is None:
                continue
            g = s.figs[p.pos - 1]
            if g.is_change and g.claim.unit == "%" and g.group == p.group:
                yield s, p, g, m


def _opens_with(f: Fig, period: str) -> bool:
    """Whether the clause group `f` stands in opens with the stretch's name (一季度进出口…,增长4.2%)."""
    s = f.sent
    head = next(g for g in s.figs if g.group == f.group)
    group = GROUP_MARK.split(s.between(s.start, head.claim.start))[-1]
    return period in group


def _rate_gaps(doc: Doc, taken: set[Fig]) -> list[Change]:
    """贷款增长10.2%,高于存款增速1.8个百分点: a growth rate, the points by which it beats or trails another growth rate
    the clause names, and that rate, stated before it in the sentence or the two before."""
    out: list[Change] = []
    for s, p, g, m in _points_after_growth(doc, taken, _GAP_NAMED):
        name = m.group("name")
        if len(core(name)) < 2:
            continue  # 高于全市3.4个百分点: whose rate the text may state under any name
        # 高于各项贷款增速6.20个百分点: the rate so named may be stated under the chapter's section before
        rates = [
            f
            for t in doc.sentences[max(0, s.index - 5) : s.index + 1]
            if t.section == s.section or (len(s.section) > 1 and t.section[:-1] == s.section[:-1])
            for f in t.figs
            if f.claim.start < g.claim.start and f.is_change and f.claim.unit == "%" and f is not g
            and not f.is_points
        ]
        # 存款增速 of 各项存款余额; 农村居民收入增速 of 农村居民人均可支配收入 (a long run in common), never of
        # a mere 收入 (一般公共预算收入)
        # 农村居民…名义增长6.8%,实际增长6.4%,增速高于城镇居民2.3个百分点: never the rate of the other member of a
        # pair the name sets apart (城镇, 农村), nor another rate of the same figure in its clause group
        rates = [f for f in rates if not _opposed(name, f) and not (f.sent is s and f.group == g.group)]
        # 高于全市网络零售额增速 never of 农村网络零售额: a member of a series the name does not name is narrower
        rates = [f for f in rates if not _narrower(name, f)]
        # 增速快于城镇居民 of 城镇常住居民人均可支配收入: a name whose words the rate's figure holds in order
        # 高于全省快递业务量平均增速: the average's rate is the figure's own (业务量), never one that only shares a
        # longer prefix (快递业务收入)
        c = core(name).removesuffix("平均")
        earlier = (
            [f for f in rates if names_match(name, f, whole=True)]
            or [f for f in rates if echo(c, f) >= 4 and any(c[-1] in n for n in f.names if n)]
            or [f for f in rates if len(c) >= 4 and any(in_order(c, n[: 3 * len(c)]) for n in f.names if n)]
        )
        # 增长21.5%,增速连续两年保持在20%以上: a bound is no rate the text states
        earlier = [f for f in earlier if f.claim.approx is None] or earlier
        if len(earlier) == 1:
            out.append(Change(g, earlier[0], None, None, p, "gap"))
    return out



# 比老一代农民工的54.2岁: the value of another group, stated as what the figure before is set against
_OTHER_VALUE = regex.compile(r"(?:比|较)(?P<b>\p{Han}{2,16}?)的\s*$")
_OTHER_GAP = regex.compile(r"^\s*(?P<way>高出|高|低|多|少|快|慢)了?\s*$")


def _other_values(s: Sentence) -> list[Change]:
    """平均年龄33.5岁,比老一代农民工的54.2岁低20.7岁; 占8.7%,比老一代农民工的27.5%低18.8个百分点: a figure, the
    value of another group it is set against, and the gap, in one clause group. (A time before is a change,
    read as one elsewhere; a target or average by `_target_gaps`.)"""
    out: list[Change] = []
    figs = s.figs
    for k in range(1, len(figs) - 1):
        a, t, g = figs[k - 1], figs[k], figs[k + 1]
        m = _OTHER_VALUE.search(t.clause)
        w = _OTHER_GAP.match(g.clause)
        if m is None or w is None or PERIOD_WORD.search(m["b"]) or _TARGET_SAID.search(t.clause):
            continue
        if len({a.group, t.group, g.group}) > 1 or a.is_change or a.is_baseline or not g.is_change:
            continue
        points = a.claim.unit == t.claim.unit == "%" and g.is_points
        if not points and not (a.claim.unit == t.claim.unit == g.claim.unit):
            continue
        way = "decrease" if w["way"] in ("低", "少", "慢") else "increase"
        out.append(Change(a, t, None if points else g, None, g if points else None, "gap", way=way))
    return out


def _group_gaps(s: Sentence) -> list[Change]:
    """男生合格率为91.1%,女生为93.6%,女生高出男生2.5个百分点: the points by which one group's rate stands above or
    below another's, both stated before in the sentence and named for the groups."""
    out = []
    for p in s.figs:
        m = _GROUP_GAP.search(p.clause) if p.is_points else None
        if m is None:
            continue
        rates = [f for f in s.figs[: p.pos] if f.is_rate and not f.is_change and not f.is_baseline]
        a = [f for f in rates if _opens_with_group(f, m["a"])]
        b = [f for f in rates if _opens_with_group(f, m["b"])]
        if len(a) == 1 and len(b) == 1 and a[0] is not b[0]:
            way = "decrease" if m["way"] in ("低", "低于", "低出") else "increase"
            out.append(Change(a[0], b[0], None, None, p, "gap", way=way))
    return out


def _opens_with_group(f: Fig, group: str) -> bool:
    """Whether the clause of rate `f` opens with the group's name (女生为93.6%, 男生合格率为91.1%)."""
    return f.clause.lstrip(",，;；、 ").startswith(group)


# 女生高出男生, 男生比女生低, 城镇高于农村: two groups, the first set against the second
_GROUP_GAP = regex.compile(
    r"(?P<a>\p{Han}{1,4}?)(?:(?P<way>高出|高于|低于)(?P<b>\p{Han}{1,4}?)|比(?P<b>\p{Han}{1,4}?)(?P<way>高出?|低出?))了?\s*$"
)


def _narrower(name: str, f: Fig) -> bool:
    """Whether a name of `f` holds a member of a series (农村, 城镇) that `name` holds none of."""
    return any(
        m in n and not any(x in name for x in members)
        for n in f.names
        if n
        for members in lx.COMPLETE_SERIES
        for m in members
    )


def _opposed(name: str, f: Fig) -> bool:
    """Whether `name` and a name of `f` hold different members of one series (城镇 and 农村, 男 and 女)."""
    names = [n for n in f.names if n]
    for members in lx.COMPLETE_SERIES:
        mine = {m for m in members if m in name}
        theirs = {m for m in members if any(m in n for n in names)}
        if mine and theirs and not mine & theirs:
            return True
    return False

# 高于存款增速1.8个百分点, 快于全县农村居民收入增速3.1个百分点, 增速快于城镇居民1.9个百分点, 增幅比城镇居民高1.9个
# 百分点: the rate the figure is set against, by its name
_GAP_NAMED = regex.compile(
    r"""(?:高于|低于|快于|慢于|超过|超出|落后于?)(?P<name>\p{Han}{2,16}?)(?:的)?(?:增速|增幅|增长率|增长)$
      | (?:增速|增幅)(?:(?:高于|低于|快于|慢于)(?P<name>\p{Han}{2,16}?)(?<!增速|增幅|增长率|增长)
                      | 比(?P<name>\p{Han}{2,16}?)(?:高|低|快|慢))$""",
    regex.VERBOSE,
)


_TERM_NAMES = (("第一产业", "一产"), ("第二产业", "二产"), ("第三产业", "三产"))


def _structure_changes(s: Sentence) -> list[Change]:
    """三次产业结构由上年的3.9:39.2:56.9调整为3.8:38.6:57.6,第三产业比重提高0.7个百分点: the change in points of
    the term the sentence names, between the two structures."""
    runs = structure_runs(s) if s.figs and any(f.is_points for f in s.figs) else []
    if len(runs) != 2 or not len(runs[0]) == len(runs[1]) == len(_TERM_NAMES):
        return []
    before, after = runs
    out = []
    for p in s.figs[after[-1].pos + 1 :]:
        if not p.is_points:
            continue
        said = s.between(after[-1].claim.end, p.claim.start)
        k = [i for i, names in enumerate(_TERM_NAMES) if any(n in said for n in names)]
        if len(k) == 1:
            out.append(Change(after[k[0]], before[k[0]], None, None, p, "from-to"))
    return out


def _per_head(f: Fig) -> bool:
    """人均结案246件,比上年的228件增加18件: a figure per head changes like a level, though it adds up to nothing."""
    return f.claim.kind == "other" and not f.is_change and not f.is_rate and not f.paren


def _ratio_changes(s: Sentence) -> list[Change]:
    """城乡居民收入比为1.97,比上年的2.00缩小0.03: a ratio, its earlier value and the change between them, all bare
    numbers in one clause group."""
    out = []
    for k, f in enumerate(s.figs[:-2]):
        before, change = s.figs[k + 1], s.figs[k + 2]
        if f.claim.kind != "ratio" or f.is_baseline or f.is_change or before.claim.kind != "ratio":
            continue
        if not before.is_baseline or not change.is_change or change.claim.unit != f.claim.unit:
            continue
        if f.group == before.group == change.group and change.direction is not None:
            out.append(Change(f, before, change, None, None, "baseline"))
    return out


def _named_before(doc: Doc, s: Sentence) -> list[Change]:
    """结婚登记2184对,…。…,结婚登记数量较上年的2499对减少了12.6%: a sentence that opens on an earlier value, named,
    and its change, of the figure so named in the sentence or two before it in the paragraph."""
    figs = [f for f in s.figs if not f.paren]
    if len(figs) < 2 or not figs[0].is_baseline or figs[0].is_change or not figs[1].is_change:
        return []
    first, change = figs[0], figs[1]
    if change.group != first.group or change.is_points:
        return []
    m = BASELINE.search(first.clause)
    own = _TOTAL_END.sub("", clean_label(first.clause[: m.start()])) if m else ""
    if len(own) < 2:
        # 收入总计8642.35万元。与2022年度的8029.08万元相比,…增加613.27万元,增长7.6%: a sentence that opens on the
        # earlier value alone is of the figure of that measure the sentence before states (one value, however many
        # names it bears: 收入总计 and 支出总计 alike)
        if not _OPENS_COMPARED.match(s.text) or s.index == 0:
            return []
        t = doc.sentences[s.index - 1]
        levels = [g for g in t.figs if g.is_level and not g.is_baseline and same_measure(g, first)]
        if t.para != s.para or not levels or len({g.claim.value for g in levels}) != 1:
            return []
        return _changes(levels[0], {"before": [first], **_change_slots(figs[1:], first)}, {levels[0]: "baseline"})
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if t.para != s.para:
            break
        # 提起公诉人数较上年的4,153人…: of 提起公诉3,871人, the count named without its 人数 (献血人次 of 无偿献血
        # 3172人次: or without the measure word it is counted in)
        bare_own = _COUNT_END.sub("", own)
        unit = first.claim.unit
        if unit and bare_own == own and own.endswith(unit) and len(own) - len(unit) >= 2:
            bare_own = own[: -len(unit)]
        ends = (own, bare_own) if len(bare_own) >= 2 else (own,)
        named = [
            g
            for g in t.figs
            if g.is_level
            and not g.is_baseline
            and compatible(g, first)
            and any(n.endswith(ends) or _said_with(own, n, t) for n in g.names if n)
        ]
        this_year = _THIS_YEAR_OPENS.match(first.clause)
        if len(named) == 1 and this_year:
            # 支出总计7,764.08万元,其中本年支出7,521.47万元…。本年财政拨款支出较上年的…: of the year's own, which the
            # sentence before names by 本年 and the measure's last word, not of the total that holds it
            tail = own[-2:]
            own_year = [
                g
                for g in t.figs
                if g.is_level and compatible(g, first) and this_year.group() + tail in g.clause + g.label
            ]
            named = own_year if len(own_year) == 1 else named
        if len(named) == 1:
            key = "amount" if change.is_change_amount else "rate"
            if key == "amount" and not same_measure(change, named[0]):
                return []
            slots = {key: [change]}
            nxt = figs[2] if len(figs) > 2 else None
            if nxt is not None and nxt.is_change and not nxt.is_points and nxt.group == change.group:
                other = "amount" if nxt.is_change_amount else "rate"
                if other != key and (other == "rate" or same_measure(nxt, named[0])):
                    slots[other] = [nxt]  # 问题总数较2023年的312处减少126处,降幅40.4%: the amount, then the rate
            return _changes(named[0], {"before": [first], **slots}, {named[0]: "baseline"})
        if named:
            return []
    return []


_COUNT_END = regex.compile(r"(?:人数|件数|户数|数量|总数)$")
_THIS_YEAR_OPENS = regex.compile(r"本年|本期|当年")
_MEASURE_SUFFIX = regex.compile(r"(?:量|数)$")


def _said_with(own: str, name: str, t: Sentence) -> bool:
    """新能源汽车新注册登记量 of 新能源汽车10,275辆 in a sentence that says 新注册登记: the figure's name, then the
    measure its sentence counts it by."""
    rest = _MEASURE_SUFFIX.sub("", own[len(name) :]) if own.startswith(name) else ""
    return len(name) >= 4 and len(rest) >= 2 and rest in t.text


_COMPARED_ALONE = regex.compile(
    r"^\s*(?:与|同|和)(?:上年|去年|上年同期|去年同期|上年度|\d{4}年(?:度|同期)?)(?:相比|比较)[,，]"
)


def _compared_before(doc: Doc, s: Sentence) -> list[Change]:
    """一般公共预算财政拨款支出2,874.36万元。与上年相比,一般公共预算财政拨款支出减少216.55万元,下降7.0%: a sentence
    that opens on 与上年相比 and changes the figure it names, stated in the sentence before; 个人贷款862.19亿元…。
    全年个人贷款较上年末增加96.38亿元,增长13.58%: one that opens on the name and the earlier time, of the figure
    so named a few sentences before in the section."""
    figs = [f for f in s.figs if not f.paren]
    if not figs or not figs[0].is_change or figs[0].is_points or not s.index:
        return []
    clause = figs[0].clause
    if _COMPARED_ALONE.match(s.text):
        verb = CHANGE_VERB_END.search(clause)
        head = clean_label(clause[: verb.start()] if verb else clause)  # not _head: 一般公共预算 keeps its 共
        head = _EACH_END.sub("", head)  # 收、支总计各增加: both sides of the one figure
        t = doc.sentences[s.index - 1]
        earlier = [t] if t.para == s.para else []
        mains = [g for g in t.mains if g.is_level and same_measure(g, figs[0])] if earlier else []
        if not head and len(mains) == 1 and figs[0].is_change_amount:
            # 财政拨款支出838.14万元,占…。与上年相比,增加41.27万元,增长5.18%: the one figure of the sentence before
            return _changes(mains[0], _change_slots(figs, mains[0]), {mains[0]: "baseline"})
        if len(head) >= 2:
            # 水土流失面积28436.52平方公里,…。按类型分,…。与2023年相比,全省水土流失面积减少612.47平方公里,减幅2.11%:
            # the figure it names, a few sentences back in the section
            earlier = [t for t in doc.sentences[max(0, s.index - 3) : s.index] if t.section == s.section]
    else:
        m = _NAME_THEN_BASE.match(clause) if figs[0].pos == 0 else None
        head = clean_label(m.group("name")) if m else ""
        # a few sentences back in the section, and the rows of a table right above however many
        first = s.index - 3
        while first > 0 and table_line(doc.sentences[first]):
            first -= 1
        earlier = [t for t in doc.sentences[max(0, first) : s.index] if t.section == s.section]
    if len(head) < 2:
        return []
    # 行政处罚案件 of a row named 行政处罚; 火灾起数 of 森林火灾23起, the things counted
    bare = _WHOLE_PLACE_START.sub("", head)  # 全省水土流失面积 of 全省现有水土流失面积
    for name in dict.fromkeys((head, _CASES_END.sub("", head), _COUNTED_END.sub("", head), bare)):
        if len(name) < 2:
            continue
        # one figure so named: a table row's budget and final cells (公务用车运行维护费 30.00 26.85) are two
        named = [
            g
            for t in earlier
            for g in t.figs
            if g.is_level and not g.is_baseline and any(name in n for n in g.names if n)
        ]
        if len(named) > 1 and all(g.sent is named[0].sent for g in named) and _listed_after(named[0], named[1:]):
            named = named[:1]  # 森林火灾23起,其中一般森林火灾19起、较大…4起: the whole, not the kinds it lists
        if named:
            if len(named) != 1 or not any(n.rstrip(" |｜\t").endswith(name) for n in named[0].names if n):
                return []
            return _changes(named[0], _change_slots(figs, named[0]), {named[0]: "baseline"})
    return []


_EACH_END = regex.compile(r"(?:各|均|分别)$")
_WHOLE_PLACE_START = regex.compile(r"^全[省市县区州盟旗镇乡]")
_COUNTED_END = regex.compile(r"(?:起数|次数|个数|家数)$")


def _listed_after(whole: Fig, kinds: Sequence[Fig]) -> bool:
    """Whether `kinds` stand in a 其中 list opened right after `whole` in its sentence."""
    cue = PARTS_CUE.search(whole.sent.between(whole.claim.end, kinds[0].claim.start))
    return cue is not None and all(k.group == kinds[0].group for k in kinds)
_CASES_END = regex.compile(r"(?:案件|件数|案件数)$")


_BASE_THEN_NAME = regex.compile(
    r"^\s*(?:上年同期|去年同期|上年末|上年|去年)(?P<name>\p{Han}{2,12}?)(?:为|是|达)$"
)


def _said_after(doc: Doc, s: Sentence) -> list[Change]:
    """原保险保费收入486.37亿元,同比增长6.82%…。上年同期原保险保费收入为455.32亿元: a sentence that gives the
    earlier value of a figure the sentence before states with its rate of change."""
    figs = [f for f in s.figs if not f.paren]
    if not figs or not s.index or figs[0].is_change or figs[0].claim.role:
        return []
    m = _BASE_THEN_NAME.match(figs[0].clause)
    t = doc.sentences[s.index - 1]
    if m is None or t.para != s.para:
        return []
    head = clean_label(m.group("name"))
    named = [g for g in t.figs if g.is_level and not g.is_baseline and any(n.endswith(head) for n in g.names if n)]
    if len(named) != 1 or not compatible(named[0], figs[0]):
        return []
    after = named[0]
    rates = [g for g in t.figs[after.pos + 1 :] if g.group == after.group and g.is_change and not g.is_points]
    rate = next((g for g in rates if not g.is_change_amount), None)
    if rate is None:
        return []
    return _changes(after, {"before": [figs[0]], "rate": [rate]}, {after: "baseline"})


_NAME_THEN_BASE = regex.compile(
    r"^\s*(?:全年|本年|年末|期末|报告期末?)?(?P<name>\p{Han}{2,12}?)(?:较|比)(?:上年末|上年底|年初|上年|去年)\p{Han}{0,4}$"
)
_AVERAGED = regex.compile(r"(?:日|月|周|年|户|人)均|平均")
_YEAR_COMPARED = regex.compile(r"(?:较|比)(?:上年|去年|上年同期|去年同期)|同比")
_OPENS_COMPARED = regex.compile(r"^\s*(?:与|和|同)\p{Han}{0,8}?的?[\d,.]+")  # 与2022年度的8029.08万元相比


def _change_slots(figs: Sequence[Fig], of: Fig) -> dict[str, list[Fig]]:
    """The run of changes that opens `figs`, in its clause group, by what they state; an amount only in the
    measure of `of`, the figure they change."""
    slots: dict[str, list[Fig]] = {}
    for g in figs:
        if not g.is_change or g.group != figs[0].group or g.is_points:
            break
        if g is not figs[0] and PARTS_CUE.search(g.lead):
            break  # 减少52.94平方公里,减少率为2.42%,其中中度及以上侵蚀面积减少31.07平方公里: a part's own change
        key = "amount" if g.is_change_amount else "rate"
        if key == "amount" and not same_measure(g, of):
            break
        slots.setdefault(key, []).append(g)
    return slots


_RESPECTIVELY = regex.compile(r"分别")
_EARLIER_SAID = regex.compile(rf"(?:{alternation(lx.BASELINE_PERIODS)})\s*分别\s*(?:为|是)?\s*$")  # 上年末分别为


def _runs(s: Sentence) -> list[list[Fig]]:
    """The figures of a sentence in runs joined by 、 or 和 alone (1.52万笔、71.36亿元; 8.57%、12.31%)."""
    runs: list[list[Fig]] = []
    for f in s.figs:
        if runs and RUN_JOIN.match(f.lead) and f.paren == runs[-1][-1].paren:
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _said_earlier(run: list[Fig]) -> bool:
    """(上年为1.40万笔、63.54亿元), 上年末分别为A和B: a run of the earlier values."""
    return (run[0].is_baseline or bool(_EARLIER_SAID.search(run[0].clause))) and not any(f.is_change for f in run)


def _respective_changes(s: Sentence) -> list[Change]:
    """发放贷款1.52万笔、71.36亿元,同比分别增长8.57%、12.31%(上年为1.40万笔、63.54亿元); 充足率分别为A和B,分别较
    上年末下降a个和b个百分点(上年末分别为C和D): the k-th change and the k-th earlier value are of the k-th figure.
    事故7起、死亡2人,上年分别为10起、3人,分别下降30%和33.3%: the figures right before, each with its own name."""
    if "分别" not in s.text:
        return []
    out: list[Change] = []
    runs = [r for r in _runs(s) if len(r) >= 2]
    for k, moves in enumerate(runs):
        # (…2386宗,交易总额312.47亿元,分别较上年的2203宗、277.51亿元增长8.3%和12.6%: 分别 opens the earlier values)
        before_said = k > 0 and _said_earlier(runs[k - 1]) and _RESPECTIVELY.search(runs[k - 1][0].clause)
        if not (all(f.is_change for f in moves) and (_RESPECTIVELY.search(moves[0].clause) or before_said)):
            continue
        n = len(moves)
        earlier = next((r for r in (*runs[k - 1 : k], *runs[k + 1 : k + 2]) if _said_earlier(r)), None)
        if earlier is None or len(earlier) != n:
            continue
        first = min(moves[0].pos, earlier[0].pos)
        now = s.figs[first - n : first] if first >= n else []
        if len(now) != n or not all(
            (f.is_level or f.is_rate) and not f.is_baseline and not f.is_change and not f.paren for f in now
        ):
            continue
        changes = []
        for a, d, b in zip(now, moves, earlier, strict=True):
            if not compatible(a, b) or a.is_rate != b.is_rate:
                break
            points = d if d.is_points else None
            rate = d if not d.is_points and d.claim.unit in ("%", "‰") else None
            amount = d if rate is None and points is None and same_measure(d, a) else None
            if points is not None and not a.is_rate:
                break
            changes.append(Change(a, b, amount, rate, points, "baseline"))
        else:
            out += changes
    return out


def _bracketed_bases(s: Sentence) -> list[Change]:
    """供应126宗、418.63公顷,宗数同比增长8.6%,面积同比下降4.2%(上年同期为116宗、437.00公顷): the rates of the
    figures stated before them, and their earlier values in a bracket after, each in the order of its figure."""
    out: list[Change] = []
    figs = s.figs
    for k, b in enumerate(figs):
        if not (b.paren and b.is_baseline) or (k and figs[k - 1].paren):
            continue
        bases = [b, *itertools.takewhile(lambda f: f.paren and not f.is_change, figs[k + 1 :])]
        rates = list(
            itertools.takewhile(
                lambda f: f.is_change and not f.paren and not f.is_points and not f.is_change_amount,
                reversed(figs[:k]),
            )
        )[::-1]
        if len(bases) < 2 or len(rates) != len(bases):
            continue
        levels = [f for f in figs[: rates[0].pos] if f.is_level and not f.is_baseline and not f.paren][-len(bases) :]
        if len(levels) != len(bases) or not all(compatible(a, e) for a, e in zip(levels, bases, strict=True)):
            continue
        if len({a.claim.unit for a in levels}) != len(levels):
            continue  # the units tell which earlier value is whose
        out += [Change(a, e, None, r, None, "baseline") for a, e, r in zip(levels, bases, rates, strict=True)]
    return out


# 与上年(8.31万起、161人)相比: a sentence that opens on the earlier values of the figures before it, in a bracket
_OPENS_BASES = regex.compile(
    r"^\s*(?:与|较|比|同)(?:上年|去年|上年同期|去年同期|上一年|(?:19|20)\d\d年)(?:同期)?\s*[(（]"
)


def _bases_opening(doc: Doc, s: Sentence) -> list[Change]:
    """…亡人142人,伤人213人。与上年(161人、218人)相比,亡人数、伤人数分别下降11.8%、2.3%: the bracket holds the
    earlier values of the last figures of the sentence before, in their order, and the rates after 分别 their
    rates."""
    if not _OPENS_BASES.match(s.text) or not s.index:
        return []
    bases = list(itertools.takewhile(lambda f: f.paren and f.is_level, s.figs))
    rates = [f for f in s.figs[len(bases) :] if f.is_change and not f.paren and not f.is_points]
    if len(bases) < 2 or len(rates) != len(bases) or any(f.is_change_amount for f in rates):
        return []
    if not _RESPECTIVE_WORD.search(s.between(bases[-1].claim.end, rates[0].claim.start)):
        return []
    prev = doc.sentences[s.index - 1]
    levels = [f for f in prev.figs if f.is_level and not f.is_baseline and not f.paren][-len(bases) :]
    if len(levels) != len(bases) or not all(compatible(a, e) for a, e in zip(levels, bases, strict=True)):
        return []
    return [Change(a, e, None, r, None, "baseline") for a, e, r in zip(levels, bases, rates, strict=True)]


_RESPECTIVE_WORD = regex.compile(r"分别")


# 比目标值(不高于9%)高, 较《规划》92%的目标高出: a rate set against a target, the target between
# 比50%的序时进度高出4.8个百分点: the share of the year gone by, which a share of the year's task is set against
_PACE = alternation(lx.PACE_WORDS)
_TARGET_SAID = regex.compile(rf"(?:比|较|与)[^,，;；。]{{0,14}}(?:目标|平均水平|平均|{_PACE})")
_TARGET_AHEAD = regex.compile(
    r"(?P<way>高于|低于|超过|超出|快于|慢于)[^,，;；。]{0,14}(?:目标值?|平均水平|平均值?)[(（]$"
)
_TARGET_GAP = regex.compile(
    rf"^[)）]?的?(?:目标值?|平均水平|{_PACE})?(?:要求)?(?:高出|高|低|低于|超出|超过|多|少|快|慢)了?$"
)


_WAY_BEFORE = regex.compile(r"(?P<way>高于|低于|超过|超出|快于|慢于)\s*$")
_PACE_GAP = regex.compile(rf"的(?:{_PACE}|目标值?|平均水平)")


# 超额完成4座, 超计划4座, 多完成12个: by how much what was done passed its plan
_OVER_PLAN = regex.compile(r"(?:超额完成|超计划|超出计划|超过计划|超目标|超出目标|超过目标|多完成)(?:任务)?了?\s*$")
_PLAN_LEVEL = regex.compile(r"计划|目标|任务")
_DONE_LEVEL = regex.compile(r"实际|完成|完工|建成|竣工|达到?")


def _plan_surplus(s: Sentence) -> list[Change]:
    """危桥改造计划32座,实际完工36座,超额完成4座: the plan, what was done and the surplus said right after it,
    each a level of one measure in a row: the plan and the surplus make what was done."""
    out = []
    for k, f in enumerate(s.figs[2:], 2):
        plan, done = s.figs[k - 2], s.figs[k - 1]
        if not (
            f.is_level
            and _OVER_PLAN.search(f.clause)
            and plan.is_level
            and done.is_level
            and _PLAN_LEVEL.search(plan.clause)
            and _DONE_LEVEL.search(done.clause)
            and not _PLAN_LEVEL.search(done.clause)
            and plan.claim.unit == done.claim.unit == f.claim.unit
        ):
            continue
        out.append(Change(done, plan, f, None, None, "plan", way="increase"))
    return out


def _target_gaps(s: Sentence) -> list[Change]:
    """学前教育毛入园率92.6%,较《规划》92%的目标高出0.6个百分点; 肥胖率为11.2%,比目标值(不高于9%)高2.2个百分点:
    the points by which a rate stands above or below the target stated right after it."""
    out: list[Change] = []
    figs = s.figs
    for k in range(len(figs) - 2):
        a, t, p = figs[k], figs[k + 1], figs[k + 2]
        # 增速7.3%,比全国沿海港口平均水平(4.9%)高2.4个百分点: a growth rate set against an average, too
        rate = a.is_rate or (a.is_change and a.claim.unit == "%" and not a.is_points)
        # 比重为6.0%,比上年提高0.4个百分点,但仍比全国平均水平(6.65%)低0.65个百分点: the rate past its changes
        before = next((g for g in reversed(figs[:k]) if not g.is_points and not g.is_baseline), None)
        if a.is_points and t.paren and before is not None and before.is_rate and before.group == a.group:
            a, rate = before, True
        if not (rate and t.claim.unit == a.claim.unit and p.is_points and not a.is_baseline):
            continue
        gap = s.between(t.claim.end, p.claim.start).strip()
        # 低于全省平均水平(0.14%)0.05个百分点: the way said before the average, the points right after its bracket
        ahead = _TARGET_AHEAD.search(s.between(figs[k].claim.end, t.claim.start)) if gap in (")", "）") else None
        said = s.between(figs[k].claim.end, p.claim.start)
        # 高于75%的序时进度3.8个百分点: the way said before the pace, the points right after its name
        before_pace = _WAY_BEFORE.search(s.between(figs[k].claim.end, t.claim.start))
        if before_pace is not None and _PACE_GAP.fullmatch(gap):
            ahead = before_pace
        if ahead is None and (not _TARGET_SAID.search(said) or not _TARGET_GAP.match(gap)):
            continue
        if len({a.group, t.group, p.group}) > 1:
            continue
        way = None if ahead is None else "decrease" if ahead.group("way") in ("低于", "慢于") else "increase"
        out.append(Change(a, t, None, None, p, "target", way=way))
    return out


# 一季度完成1.44亿件,二季度完成1.68亿件,二季度环比增长16.7%: stretches one after the other, and the change of the
# later over the one before
_STRETCH = r"(?:[一二三四1-4]季度|上半年|下半年|\d{1,2}月(?:份)?|[一二三四五六七八九十]{1,2}月(?:份)?)"
_STRETCH_SAID = regex.compile(rf"(?:^|[,，;；:：。\s])(?P<when>{_STRETCH})(?!底|末|初|以来|中旬|上旬|下旬)")
_ON_STRETCH = regex.compile(
    rf"^(?:{_STRETCH})?(?:环比|比上季度|较上季度|比上月|较上月)(?:增长|增加|提高|上升|下降|减少|降低)了?$"
)


def _one_stretch_on(s: Sentence, found: Sequence[Change]) -> list[Change]:
    """分季度看,一季度完成1.44亿件,二季度完成1.68亿件,二季度环比增长16.7%: (the later stretch's figure, the
    earlier's) of a change rate on the stretch before, both stretches named where their figures are stated."""
    rated = {ch.rate for ch in found}
    out: list[Change] = []
    for r in s.figs:
        if r in rated or r.pos < 2 or not r.is_change or r.claim.unit != "%" or not _ON_STRETCH.match(r.clause):
            continue
        after, before = s.figs[r.pos - 1], s.figs[r.pos - 2]
        if not all(f.is_level and not f.is_baseline for f in (after, before)) or not same_measure(after, before):
            continue
        was, now = _STRETCH_SAID.search(before.lead), _STRETCH_SAID.search(after.lead)
        if was is not None and now is not None and was["when"] != now["when"] and after.group == r.group:
            out.append(Change(after, before, None, r, None, "baseline"))
    return out


# 新建区域自动气象站42个,全市区域自动气象站由276个增加到318个: the verb that makes a count the year's new ones
_NEW_SAID = regex.compile(rf"(?:{alternation(lx.NEW_ONES)})[^,，;；。]{{0,16}}$")
_STOCK_END = regex.compile(r"(?:总数|总量|数量)$")


def _added_then_moved(s: Sentence, found: Sequence[Change]) -> list[Change]:
    """新开航线12条,…,航线总数由年初的96条增至108条: the new ones stated before a stock's from-to move are its
    step (96 + 12 = 108). New ones need not be the net change (some may close), so a miss is only doubtful."""
    out: list[Change] = []
    stated = {ch.after for ch in found if ch.amount is not None}
    figs = s.figs
    for k in range(1, len(figs) - 1):
        b, a = figs[k], figs[k + 1]
        if b.claim.role != "before" or a.claim.role != "after" or a in stated or not same_measure(a, b):
            continue
        stock = _STOCK_END.sub("", a.claim.subject or "")
        for n in reversed(figs[: k]):
            if not (n.is_level and n.claim.kind == "count" and same_measure(n, b) and _NEW_SAID.search(n.clause)):
                continue
            name = n.claim.subject or ""
            named = name.endswith(stock[-2:]) or stock.endswith(name[-2:])
            if len(stock) >= 2 and named and n.claim.value < a.claim.value:
                out.append(Change(a, b, n, None, None, "added", way="increase"))
            break
    return out


def _respective_moves(s: Sentence) -> list[Change]:
    """事故23起、死亡26人,同比分别减少4起、6人,下降14.8%、18.75%: the k-th rate of a run is of the k-th amount and
    the k-th figure before them; 由A提高到B,由C提高到D,分别增长x和y: of the k-th from-to pair."""
    if "分别" not in s.text:
        return []
    out: list[Change] = []
    runs = _runs(s)
    for k, rates in enumerate(runs):
        if len(rates) < 2 or not all(f.is_change and f.claim.unit in ("%", "‰") and not f.is_points for f in rates):
            continue
        amounts = runs[k - 1] if k and all(f.is_change for f in runs[k - 1]) else []
        said = [*amounts[:1], rates[0]]
        if not any(_RESPECTIVELY.search(f.clause) for f in said):
            continue
        n = len(rates)
        if len(amounts) == n and all(f.is_change and f.claim.unit not in ("%", "‰") for f in amounts):
            before = [f for f in s.figs[: amounts[0].pos] if f.is_level and not f.is_baseline and not f.paren][-n:]
            if len(before) == n and all(same_measure(a, d) for a, d in zip(before, amounts, strict=True)):
                way = amounts[0].direction
                out += [
                    Change(a, None, d, r, None, "amount", way=way)
                    for a, d, r in zip(before, amounts, rates, strict=True)
                ]
            continue
        figs = s.figs[: rates[0].pos]
        # 分别由A、B增加到C、D,分别增长x、y: the pairs the extractor linked (A with C), else the ones side by side
        ids = {f.claim.id: f for f in figs}
        linked = [
            (b, ids[link.target])
            for b in figs
            if b.claim.role == "before"
            for link in b.claim.links
            if link.type == "before_after" and link.target in ids and compatible(ids[link.target], b)
        ]
        pairs = linked or [
            (b, a)
            for b, a in itertools.pairwise(figs)
            if b.claim.role == "before" and a.claim.role == "after" and compatible(a, b)
        ]
        if len(pairs) >= n and not amounts:
            out += [Change(a, b, None, r, None, "from-to") for (b, a), r in zip(pairs[-n:], rates, strict=True)]
    return out


_PLANNED = regex.compile(r"预计|安排|计划|力争|预期|预算(?!收入|支出|执行|的)")  # not 一般公共预算收入


def _planned_over_outcome(doc: Doc, taken: set[Fig]) -> list[Change]:
    """2025年一般公共预算收入预计13.08亿元,增长5.0%: a planned figure's growth over the outcome of the same name
    stated before in the report. Not firm: the text does not say which earlier figure the plan grows from."""
    out = []
    for s in doc.sentences:
        if not _PLANNED.search(s.text):
            continue
        paired = _respective_rates(s)
        for f in s.figs:
            if not f.is_level or f in taken or f.is_baseline or f.pos + 1 >= len(s.figs):
                continue
            rate = paired.get(f, s.figs[f.pos + 1])
            if not (rate.is_change and rate.claim.unit == "%" and not rate.is_points and rate.group == f.group):
                continue
            if rate in paired.values() and paired.get(f) is not rate:
                continue  # 力争完成A、B,分别增长3.8%和6.9%: the first rate is A's alone
            name = f.claim.subject or ""
            if len(name) < 4 or not bare(rate.clause):
                continue
            before = next(
                (
                    g
                    for t in reversed(doc.sentences[: s.index])
                    if not _PLANNED.search(t.text)
                    for g in reversed(t.figs)
                    if g.is_level and not g.is_baseline and g.claim.subject == name and g.unit == f.unit
                ),
                None,
            )
            if before is not None:
                out.append(Change(f, before, None, rate, None, "far"))
    return out


def _respective_rates(s: Sentence) -> dict[Fig, Fig]:
    """货物吞吐量2.45亿吨、集装箱吞吐量520万标准箱,分别增长3.8%和6.9%: each level of the run before 分别 with the
    rate in its place, when the two runs are as long."""
    out: dict[Fig, Fig] = {}
    for r in s.figs:
        if r.pos == 0 or not r.is_change or "分别" not in r.clause or s.figs[r.pos - 1].is_change:
            continue
        rates = _run_in_group(s.figs[r.pos :], r.group, change=True)
        levels = _run_in_group(reversed(s.figs[: r.pos]), r.group, change=False)
        if len(rates) == len(levels) >= 2:
            out.update(zip(reversed(levels), rates, strict=True))
    return out


def _run_in_group(figs: Iterable[Fig], group: int, *, change: bool) -> list[Fig]:
    """The changes (or levels) that follow one another from the first of `figs` in clause group `group`."""
    out = []
    for g in figs:
        if g.group != group or not (g.is_change if change else g.is_level):
            break
        out.append(g)
    return out


def _saving(s: Sentence) -> Change | None:
    """预算金额1286.4万元, 实际成交金额1201.7万元, 节约资金84.7万元, 节约率6.6%: the budget is the earlier
    value, what was spent the later one, the saving the change and its rate the rate of change.

    The three figures follow one another in one clause group, each named for its part.
    """
    if not BUDGET.search(s.text):
        return None
    for k, a in enumerate(s.figs[:-1]):
        b = s.figs[k + 1]
        if not (BUDGET.search(a.label) and SPENT.search(b.label) and a.is_level and b.is_level):
            continue
        if a.group != b.group or not same_measure(a, b):
            continue
        amount = rate = None
        for f in s.figs[k + 2 : k + 4]:
            if f.group != a.group or not SAVING.search(f.label or rate_name(f)):
                break
            if f.claim.unit in RATE_UNITS and rate is None:
                rate = f
            elif same_measure(f, a) and amount is None and rate is None:
                amount = f
        if amount is not None or rate is not None:
            return Change(b, a, amount, rate, None, "saving")
    return None


def _premium(s: Sentence) -> Change | None:
    """成交额6830万元,起拍价合计5929万元,平均溢价率15.2%; 成交1.32亿元,较起拍价1.09亿元溢价21.1%: what was bid
    over the starting price, as a rate of change from it, the two in either order before the rate in its sentence."""
    if not PREMIUM_RATE.search(s.text):
        return None
    for r in s.figs:
        if not (r.claim.unit in RATE_UNITS and PREMIUM_RATE.search(rate_name(r) or r.label or r.clause)):
            continue
        levels = [f for f in s.figs[: r.pos] if f.is_level and not f.is_change]
        start = next(
            (
                f
                for f in reversed(levels)
                # (较挂牌底价增值1.35亿元: the premium itself, the starting price unsaid)
                if STARTING_PRICE.search(f.label or f.clause) and not PREMIUM_RATE.search(f.clause)
            ),
            None,
        )
        sold = next((f for f in reversed(levels) if f is not start and SOLD.search(f.label or f.clause)), None)
        if start is None or sold is None or not same_measure(start, sold) or sold.claim.value <= start.claim.value:
            continue
        amount = next(
            (f for f in s.figs[start.pos + 1 : r.pos] if PREMIUM_RATE.search(f.label) and same_measure(f, start)),
            None,
        )
        return Change(sold, start, amount, r, None, "premium")
    return None


def _partners(s: Sentence) -> dict[Fig, Fig]:
    """From-to pairs of a sentence: the extractor's links, or 由A…到B / 2022年A, 2023年B read here."""
    ids = {f.claim.id: f for f in s.figs}
    partner: dict[Fig, Fig] = {}
    for f in s.figs:
        for link in f.claim.links:
            if link.type == "before_after" and link.target in ids:
                partner[f] = ids[link.target]
    _period_pairs(s, partner)
    _reached_pairs(s, partner)
    for k, a in enumerate(s.figs[:-1]):
        b = s.figs[k + 1]
        if b.is_change and FROM_END.search(a.clause):  # 由A增加13.2%至B: the change stands between the ends
            b = next((g for g in s.figs[k + 2 : k + 4] if not g.is_change), b)
        elif b.claim.unit != a.claim.unit and a.year is not None and not b.is_change:
            # 工程机械 | 10,523.16 | 81.80% | 9,386.72 | 80.14% | 12.11%: a year's share cell stands between the
            # years' amounts on a table row
            b = next((g for g in s.figs[k + 2 : k + 3] if g.claim.unit == a.claim.unit and g.year is not None), b)
            if "\n" in s.between(a.claim.end, b.claim.start):
                b = s.figs[k + 1]
        if a in partner or b in partner or a.claim.unit != b.claim.unit or a.is_change or b.is_change:
            continue
        dated = (
            a.year is not None
            and b.year is not None
            and a.year != b.year
            and a.is_level == b.is_level
            and not (SINCE.search(a.clause) or SINCE.search(b.clause))  # 2022年以来累计1256件 is no year's
            and (not b.label or common_run(a.label, b.label) >= 2)  # 2024年 the same thing: 受理268件, 326件
        )
        if (FROM_END.search(a.clause) and TO_END.search(b.clause)) or dated:
            before, after = (b, a) if dated and b.year < a.year else (a, b)  # type: ignore[operator]
            partner[before], partner[after] = after, before
    return partner


# 较上年末的54个 / 在上年126家的基础上: an earlier value stated before the change from it
_EARLIER_FIRST = regex.compile(r"^\s*的基础上")
# 净增9个,达到63个 / 新增18家,…总数达到144家: the level the change brought it to, said after the change
# (not 其中高湖县多达47天: as many as, of one of its kinds)
_REACHED = regex.compile(
    r"^(?!.*其中).*(?<!多|高)(?:达到|达|增至|增加到|增长到|升至|上升到|提高到|减至|减少到|降至|下降到)\s*$"
)


def _reached_pairs(s: Sentence, partner: dict[Fig, Fig]) -> None:
    """较上年末的54个净增9个,达到63个: an earlier value, a change from it, and the level it reached after the
    change, in that order in one sentence, are the earlier and the later value of one thing."""
    for k, a in enumerate(s.figs):
        if a in partner or not a.is_level or not (a.is_baseline or _EARLIER_FIRST.match(a.tail)):
            continue
        prev = s.figs[k - 1] if k else None
        if prev is not None and prev.is_level and not prev.is_baseline and prev.claim.unit == a.claim.unit:
            continue  # 新引进人才18642人,较上年的16587人增长12.4%,人才资源总量达到42.3万人: the earlier value of the
            # level before it, not of the one reached after
        rest = s.figs[k + 1 :]
        changes = 0
        for b in rest:
            if b.is_change:
                changes += 1
                continue
            alike = b.is_level and b.claim.unit == a.claim.unit
            if changes and alike and b not in partner and _REACHED.search(b.clause):
                partner[a], partner[b] = b, a
            break


def _period_pairs(s: Sentence, partner: dict[Fig, Fig]) -> None:
    """用电量 and 上年用电量 (a table's columns, or 本年…,上年… in prose): two levels of one line named alike but
    for the earlier period's word are the later and the earlier value of one thing."""
    for k, a in enumerate(s.figs):
        if a in partner or not a.is_level or a.is_change:
            continue
        earlier = _strip_period(a.claim.subject or "")
        if earlier is None:
            continue
        for b in s.figs[max(0, k - 3) : k + 4]:
            if b is a or b in partner or not b.is_level or b.claim.unit != a.claim.unit:
                continue
            if "\n" in s.between(min(a.claim.end, b.claim.end), max(a.claim.start, b.claim.start)):
                continue  # a table's rows are apart
            own = b.claim.subject or ""
            if not own or _strip_period(own) is not None:
                continue
            now = CURRENT.sub("", own, count=1)
            # 水库年初蓄水量A,年末蓄水量B: a name said in full once, then short after its period's word
            if now == earlier or (len(now) >= 2 and earlier.endswith(now) and CURRENT.search(b.clause)):
                partner[a], partner[b] = b, a
                break


PERIOD_WORD = regex.compile(alternation(lx.BASELINE_PERIODS))
CURRENT = regex.compile(alternation(lx.CURRENT_PERIODS))


def _strip_period(name: str) -> str | None:
    """The name without the earlier period's word it holds (甲市上年用电量 → 甲市用电量); None when it holds none."""
    m = PERIOD_WORD.search(name)
    return name[: m.start()] + name[m.end() :] if m else None


def _ratio_term(f: Fig) -> bool:
    """A term of a ratio written with colons (19.8 of 19.8:79.7:0.5), not a ratio said as one figure (2.21)."""
    return f.claim.kind == "ratio" and (f.tail.lstrip()[:1] in ":：" or f.lead.rstrip()[-1:] in (":", "："))


def _sentence_changes(s: Sentence) -> list[Change]:
    """Walk the sentence: each change attaches to the last level (or rate) it can be a change of."""
    # 结构比由19.8:79.7:0.5调整为17.4:81.9:0.7: terms of a structure, one of several, are no pair a change is of
    partner = {f: p for f, p in _partners(s).items() if not (_ratio_term(f) and _ratio_term(p))}
    afters = {f: p for f, p in partner.items() if _is_after(f, p)}
    moved: dict[Fig, Fig] = {}  # an item whose change and earlier value are its list whole's
    for f, p in list(afters.items()):
        whole = _whole_by_earlier(s, f, p)
        if whole is not None and whole not in partner:
            del afters[f], partner[f]
            partner[p], partner[whole], afters[whole] = whole, p, p
            moved[f] = whole
    found: dict[Fig, dict[str, list[Fig]]] = {}
    how: dict[Fig, str] = {}
    last_level: Fig | None = None
    last_rate: Fig | None = None
    group = -1
    carried: Fig | None = None  # the level of the clause group before, which a change that names it is of
    for f in s.figs:
        if f.group != group or NEW_ROW.search(f.lead):  # a table's next row is about another indicator
            new_row = bool(NEW_ROW.search(f.lead))
            carried = None if new_row else last_level
            group, last_level, last_rate = f.group, None, None
        if (
            carried is not None
            and last_level is None
            and f.is_change
            and not f.is_points
            and len(own := _TOTAL_END.sub("", _head(f))) >= 2
            and any(n.endswith(own) for n in carried.names if n)
        ):
            last_level = carried  # 重复信访871件；重复信访量比上年减少214件,下降19.7%: of the figure it names
        if (
            carried is not None
            and last_level is None
            and f.is_change_amount
            and not f.is_points
            and not _head(f)
            and _YEAR_COMPARED.search(f.clause) is not None
            and same_measure(f, carried)
            and carried not in found  # 较上月末增加A,增长a%;较上年末增加B: a second comparison, read by others
        ):
            last_level = carried  # 收缴3862.5万元…;受…影响,较上年减少412.3万元: a change that names nothing is of it
        if f.paren and (not f.is_baseline or "分别" in f.clause):
            continue  # (上年末分别为A和B): the earlier values of a respective list, paired by their order
        if f in partner and f not in afters:  # the earlier end of a pair: what follows is about its pair
            later = partner[f] if partner[f].pos < f.pos else None  # 溢利A,而2023年则为B,增加x%: about A
            if f.is_rate:
                last_rate = later
            else:
                last_level = later
            continue
        if f in afters:
            found.setdefault(f, {}).setdefault("before", []).append(afters[f])
            how[f] = "from-to"
            if f.is_rate:
                last_rate = f
            else:
                last_level = f
            for g in s.figs[afters[f].pos + 1 : f.pos]:  # 由A增加13.2%至B: a change between the two ends
                if g.is_change and not g.paren and g.group == f.group:
                    if g.is_points:  # 毛利率由65.6%上升1.6个百分点至67.2%
                        if f.is_rate:
                            found[f].setdefault("points", []).append(g)
                        continue
                    key = "amount" if g.is_change_amount else "rate"
                    if g.per_year:
                        key = "yearly" if key == "rate" and not g.is_times else "per-year " + key
                    if key != "amount" or same_measure(g, f):
                        found[f].setdefault(key, []).append(g)
            continue
        if f.is_baseline and not f.is_change:
            target = last_rate if f.is_rate else last_level
            if target is None and not f.is_rate and carried is not None and _GROUP_OPENS_COMPARED.match(f.clause):
                # 收入22918元,比上年增长6.6%;比2019年的16420元增加6498元: a ；-group that opens on another earlier
                # value of the level before
                target = last_level = carried if compatible(f, carried) else None
            # (比上年(1228.5毫米)偏少: a bracketed earlier value that a comparison opens goes the same way)
            # (较上年(368批次、562人次)分别下降: several earlier values in the bracket are paired by their order)
            alone = f.pos + 1 == len(s.figs) or not s.figs[f.pos + 1].paren
            bracketed = f.paren and not (alone and _OWN_COMPARISON.match(f.clause))
            if target is not None and not f.is_rate and not bracketed and not compatible(f, target):
                # 抽检样品120批次,覆盖56家经营单位,比第一期的96批次增加24批次: the level of its measure said before
                target = next((g for g in reversed(s.figs[: f.pos]) if _level_of(g, f)), None)
                last_level = target if target is not None else last_level
            if (
                target is not None
                and not f.is_rate
                and _AVERAGED.search(target.clause)
                and not _AVERAGED.search(f.clause)
                and not _near_in_size(target, f)
            ):
                # 接待游客820万人次,日均2.2万人次,比上年的760万人次增长: the year's earlier total, not the daily
                # figure's (人均2.58平方米,比上年末的2.41平方米: the average's own, near it in size)
                earlier_levels = (g for g in reversed(s.figs[: target.pos]) if _level_of(g, f) and _near_in_size(g, f))
                total = next(earlier_levels, None)
                target = last_level = total if total is not None else target
            if target is not None and not f.is_rate and target.group == f.group and _base_of_next(target):
                # 完成投资12.6亿元,为计划投资11.6亿元的108.6%,较上年的10.7亿元增长: the plan the share after it is
                # taken of is no level of the year's; the level before it is
                earlier = next((g for g in reversed(s.figs[: target.pos]) if _level_of(g, f)), None)
                target = last_level = earlier
            if target is not None and not f.is_rate and (whole := _whole_by_size(s, target, f)) is not None:
                # 共收到683件,其中2024年451件、2025年上半年232件,较修法前同期的452件增长51.1%: an earlier value of
                # the whole's size, after the last item of its list, is the whole's
                target = last_level = whole
            if target is not None and compatible(f, target) and not _names_another(f, target):
                slots = found.setdefault(target, {})
                slots.setdefault("before", []).append(f)
                how.setdefault(target, "baseline")
                nxt = s.figs[f.pos + 1] if f.pos + 1 < len(s.figs) else None
                if (
                    len(slots["before"]) == 1
                    and nxt is not None
                    and nxt.is_change
                    and not CLAUSE_MARK.search(s.between(f.claim.end, nxt.claim.start))
                ):
                    # 增长6.5%,…,比2014年的11862元翻一番多: the changes said before are over another year, unsaid
                    for key in ("rate", "amount", "yearly"):
                        if key in slots:
                            slots[key] = [g for g in slots[key] if g.pos > f.pos]
            continue
        if (
            f.is_level
            and last_level is not None
            and how.get(last_level) == "from-to"
            and f.group == last_level.group
            and f.claim.unit == last_level.claim.unit
            and _ADDED.match(f.clause)
            and _way(last_level) == "increase"
            and not _one_year_of_many(f, found[last_level]["before"][0], last_level)
        ):
            # 由7442公里增至7628公里,新增186公里: what was added between the two ends, a level by its words
            found[last_level].setdefault("amount", []).append(f)
            continue
        if (
            f.is_level
            and last_level is not None
            and how.get(last_level) == "from-to"
            and f.group == last_level.group
            and f.claim.unit == last_level.claim.unit
            and _TAKEN_OFF.match(f.clause)
            and _way(last_level) == "decrease"
        ):
            # 由年初的4862亩降至3517亩,全年消化1345亩: what was worked off between the two ends
            found[last_level].setdefault("amount", []).append(f)
            continue
        if last_level is not None and _earlier_column(s, f, last_level):
            # 本期均价 | 上月均价 | 环比 | 上年同期均价 | 同比: a second earlier column of the row's current value
            found.setdefault(last_level, {}).setdefault("before", []).append(f)
            how.setdefault(last_level, "baseline")
            continue
        if f.is_level or _per_head(f):
            if f.claim.kind == "duration" and _SPAN_TAKEN.match(f.tail):
                continue  # 由2020年的41.8亿元增长至86.4亿元,四年时间翻了一番多: the span, not the figure
            # 为61,480元,首次突破6万元,比上年增加2,150元: a round mark the level passed, not the level
            passed = (
                last_level is not None
                and last_level.group == f.group
                and last_level.claim.unit == f.claim.unit
                and _PASSED_MARK.search(f.clause) is not None
            )
            # 决算为6.84万元,预算为8.00万元,…较上年减少1.06万元: the budget beside the outcome is no level of the year
            planned = last_level is not None and _PLAN_VALUE.search(f.clause) is not None
            if not TARGET_CLAUSE.search(f.clause) and not passed and not planned:  # 为年初预算277.5亿元的103.2%
                last_level = moved.get(f, f)
            continue
        if f.is_rate:
            plan = plan_pair(s, f)
            if plan is not None:
                actual, target_plan = plan
                found.setdefault(actual, {}).setdefault("before", []).append(target_plan)
                found[actual].setdefault("rate", []).append(f)
                how[actual] = "plan"
            bound = f.claim.approx in ("less_than", "more_than", "at_least", "at_most")
            if not (bound and last_rate is not None and last_rate.pos == f.pos - 1 and last_rate.claim.approx is None):
                last_rate = f  # (年报率78.8%,不足八成,但较去年同期的75.4%提高3.4个百分点: the bound says it again)
            continue
        if not f.is_change or _ATTRIBUTIVE.match(f.tail):
            continue  # 比重翻了一番的街道有4个: a change that picks out what is counted, said of no figure
        target = last_rate if f.is_points else last_level
        head = _list_head(s, target) if target is not None and not f.is_points and TOTAL_NAME.search(_head(f)) else None
        if head is not None:
            # 受理86件,其中来信…、网上信访22件,信访总量较上年减少19件: the change of the list's whole
            target = last_level = head
        if target is None or (f.is_change_amount and not same_measure(f, target)):
            continue
        # of a from-to pair: a change that names nothing else (压缩率达, 降幅) or goes the pair's way (增加到…,
        # 按现价计算年均增长; 压缩至…, 节约时间); 由20天压缩至5天,群众满意度提高12.5% is of something else
        # 由2020年的35.6%提高至2023年的41.1%,2024年又提高1.3个百分点: a change said of another year is none of it
        opens = _OPENS_YEAR.match(f.clause)
        if opens is not None and target.year is not None and int(opens["y"]) != target.year:
            continue
        based = _BASED_YEAR.search(f.clause)
        prior = found.get(target, {}).get("before", [])
        if based is not None and prior and _other_year(prior[-1], int(based["y"])):
            continue  # 由上年的A增至B,增幅C,…是2019年的1.17倍: a multiple over another year, none of the pair's
        from_to = how.get(target) == "from-to" and (
            bare(RATE_WORDS.sub("", f.clause)) or (f.direction is not None and f.direction == _way(target))
        )
        # 较上年末的1,625家净增237家: a change right after the earlier value it is of, with no clause mark between
        prev = s.figs[f.pos - 1] if f.pos else None
        said_after = (
            prev is not None
            and prev.is_baseline
            and found.get(target, {}).get("before", [None])[-1] is prev
            and not CLAUSE_MARK.search(s.between(prev.claim.end, f.claim.start))
        )
        # 占汽车类零售额的46.2%,上年同期为34.0%,比重提高12.2个百分点: the points of a share, named by its share word
        share_points = f.is_points and _SHARE_NAMED.match(f.clause) is not None and "占" in target.clause
        tied = bare(f.clause) or from_to or said_after or share_points or echo(rate_name(f), target) >= 2
        if head is None and (not tied or (_own_subject(f, target) and not share_points)):
            continue
        if PARTS_CUE.search(f.clause):  # 其中刑事案件减少15件: the change of a part the text does not count
            continue
        if AGAINST_STANDARD.search(f.clause):  # 缩短至41天,比法定期限少19天: a gap to a standard, no change
            continue
        if _set_against_other(f):  # 常住人口比户籍人口多25.22万人: a gap between two things, no change over time
            continue
        key = "points" if f.is_points else "amount" if f.is_change_amount else "rate"
        if f.per_year:  # 年均增长6.5%: only a rate can be compounded; a yearly amount or points is left alone
            key = "yearly" if key == "rate" and not f.is_times else "per-year " + key
        found.setdefault(target, {}).setdefault(key, []).append(f)
    _budget_befores(s, found, how)
    out = [ch for after, slots in found.items() for ch in _changes(after, slots, how)]
    return out + _growth_gaps(s, set(found))


# 较预算节约18.17万元, 决算数较预算数增加867.64万元: a change said against the budget stated before
_AGAINST_BUDGET = regex.compile(r"(?:比|较)(?:年初)?预算(?:数)?")
# 预决算差异率为6.5%: the gap between the outcome and the budget, as a rate of the budget
_BUDGET_GAP = regex.compile(r"预决算(?:差异|偏差)率(?:为|是|达)?\s*$")


def _budget_befores(s: Sentence, found: dict[Fig, dict[str, list[Fig]]], how: dict[Fig, str]) -> None:
    """年初预算233.00万元,实际支出214.83万元,较预算节约18.17万元,节约率7.8%: the budget stated before an outcome
    is the earlier value of the changes said against it (and of a 预决算差异率 said right after the two)."""
    slotted = {g for slots in found.values() for figs in slots.values() for g in figs}
    for f in s.figs:
        if f.is_rate and _BUDGET_GAP.search(f.clause) and f.pos >= 2 and f not in slotted:
            after = s.figs[f.pos - 1]
            if after.is_level and not after.is_rate and (after not in found or not found[after].get("rate")):
                found.setdefault(after, {}).setdefault("rate", []).append(f)
    for after, slots in found.items():
        if slots.get("before") or after.is_rate:
            continue
        said = [g for key in ("amount", "rate") for g in slots.get(key, [])]
        if not any(_AGAINST_BUDGET.search(g.clause) or _BUDGET_GAP.search(g.clause) for g in said):
            continue
        budget = next(
            (g for g in reversed(s.figs[: after.pos]) if g.is_level and same_measure(g, after) and not g.is_rate),
            None,
        )
        if budget is not None and budget not in found and "预算" in budget.clause and "预算" not in after.clause:
            slots["before"] = [budget]
            how[after] = "baseline"


_CELL_EDGE = regex.compile(r"[|｜\t]|[ \u3000]{2,}")
_SHARE_NAMED = regex.compile(r"^(?:所占)?(?:比重|占比|比例)(?:提高|下降|上升|降低|增加|减少|回落|回升)了?$")
_PLAN_VALUE = regex.compile(r"^[,，;；]?\s*(?:年初)?(?:预算|计划|目标)(?:数|值)?(?:为|是)\s*$")
_BASED_YEAR = regex.compile(r"(?:是|为|相当于|比|较)\s*(?P<y>(?:19|20)\d\d)\s*年")
def _earlier_column(s: Sentence, f: Fig, now: Fig) -> bool:
    """A table cell on the row of `now` whose column is `now`'s named for an earlier period (上年同期均价 beside
    本期均价); `_period_pairs` pairs the first such column, this takes the ones after it."""
    if not f.is_level or f.claim.unit != now.claim.unit or not _CELL_EDGE.search(f.lead[-2:] or "x"):
        return False
    if "\n" in s.between(now.claim.end, f.claim.start):
        return False
    earlier = _strip_period(f.claim.subject or "")
    own = now.claim.subject or ""
    return earlier is not None and _strip_period(own) is None and earlier == CURRENT.sub("", own, count=1)


def _other_year(before: Fig, year: int) -> bool:
    """Whether an earlier value is of a year other than `year`: dated so, or said of the year before (上年)."""
    own = before.dated or before.year
    return own != year if own is not None else bool(_LAST_YEAR.search(before.clause))


_LAST_YEAR = regex.compile(r"上年|去年|上一年")
_PASSED_MARK = regex.compile(r"(?:首次|首度|历史性地?|一举)?(?:突破|跨越|超过|迈上|站上|跨上)\s*$")


def _one_year_of_many(added: Fig, before: Fig, after: Fig) -> bool:
    """由2020年的96家增至2024年的158家,当年新增11家: what one year added, of a pair years apart."""
    years = [y for y in (before.dated or before.year, after.dated or after.year) if y is not None]
    return bool(_ONE_YEAR.match(added.clause)) and len(years) == 2 and years[1] - years[0] > 1


_ONE_YEAR = regex.compile(r"^\s*(?:当年|年内|全年|本年)")


def _near_in_size(a: Fig, b: Fig) -> bool:
    """Whether two values are within a factor of three of each other, as a level and its earlier value are."""
    x, y = a.claim.value, b.claim.value
    return x > 0 and y > 0 and max(x, y) <= 3 * min(x, y)


def _level_of(g: Fig, f: Fig) -> bool:
    """A level of the same ;-group as the earlier value `f` and of its measure, which `f` may be set against."""
    return g.is_level and not g.is_baseline and not g.paren and g.group == f.group and compatible(f, g)


def _growth_gaps(s: Sentence, taken: set[Fig]) -> list[Change]:
    """增长7.4%,增速比一季度的6.8%加快0.6个百分点: a growth rate, an earlier growth rate set against it, and the
    points between them."""
    out: list[Change] = []
    figs = s.figs
    if "百分点" not in s.text:
        return out
    for k in range(len(figs) - 2):
        g, b, p = figs[k], figs[k + 1], figs[k + 2]
        if g in taken or not (g.is_change and g.claim.unit == "%") or not _earlier_rate(g, b, p):
            continue
        if SHARE_CUE.search(b.clause) and not SHARE_CUE.search(g.clause):
            continue  # 增长18.25%,占营业收入的比例由上年的6.35%提高…: the earlier value of a share, no growth rate
        out.append(Change(g, b, None, None, p, "baseline"))
        # 增速较一季度(5.9%)加快0.9个百分点,较1-5月(6.6%)提高0.2个百分点: another earlier stretch, and its points
        j = k + 3
        while j + 1 < len(figs) and _earlier_rate(g, figs[j], figs[j + 1]):
            out.append(Change(g, figs[j], None, None, figs[j + 1], "baseline"))
            j += 2
    return out


def _earlier_rate(g: Fig, b: Fig, p: Fig) -> bool:
    """`b` an earlier growth rate set against `g` (比一季度的6.8%, 较上年(下降10.9%)), `p` the points between."""
    said = _FALL_SAID.sub("", b.clause[-24:])  # (下降10.9%: the earlier rate a fall, said so in the bracket)
    earlier = b.is_baseline or bool(BASELINE.search(said))  # 比一季度的6.8%, read as a change
    # (上月为下降0.8%,影响CPI上涨约0.37个百分点: what the rate adds to another's, no gap between the two)
    moved = p.is_points and not _IMPACT.search(p.clause)
    return earlier and b.claim.unit == "%" and moved and len({g.group, b.group, p.group}) == 1


_FALL_SAID = regex.compile(r"(?:下降|增长|上涨|下跌|回落)$")
_IMPACT = regex.compile(r"影响|拉动|贡献|带动")


def _changes(after: Fig, slots: dict[str, list[Fig]], how: dict[Fig, str]) -> list[Change]:
    """One change per earlier value: 收入A,较年初预算B增收C,…比上年D增长E% states two, each earlier value with the
    changes said after it, up to the next one."""
    befores = sorted(slots.get("before", []), key=lambda f: f.index)
    if len(befores) == 1:
        slots = _own_changes(slots, befores[0])
    if not befores and slots.get("amount") and len(slots.get("rate", [])) > 1:
        # 余额A,较年初增加B,增长6.8%,同比增长10.4%: the rate said bare goes on from the amount; the one that opens a
        # comparison of its own (同比) is over a value unsaid
        base = slots["amount"][0].claim.baseline
        bare_rates = [
            g
            for g in slots["rate"]
            if g.claim.unit in ("%", "‰") and (not _OWN_COMPARISON.match(g.clause) or g.claim.baseline == base)
        ]
        if len(bare_rates) == 1:
            slots = {**slots, "rate": bare_rates}
    if len(befores) <= 1:
        ch = _change(after, slots, how)
        return [ch] if ch is not None else []
    out = []
    for k, b in enumerate(befores):
        end = befores[k + 1].index if k + 1 < len(befores) else None
        sub = {
            key: [g for g in figs if g.index > b.index and (end is None or g.index < end)]
            for key, figs in slots.items()
            if key != "before"
        }
        ch = _change(after, _own_changes({"before": [b], **{key: figs for key, figs in sub.items() if figs}}, b), how)
        if ch is not None:
            out.append(ch)
    return out


def _own_changes(slots: dict[str, list[Fig]], before: Fig) -> dict[str, list[Fig]]:
    """比多年平均值26.03亿立方米偏多5.1%,较上年减少约13%: of several rates (or points) after an earlier value, one
    that names a comparison of its own is over another value, not over the one stated."""
    for key in ("rate", "points"):
        if len(slots.get(key, [])) > 1:
            own = [g for g in slots[key] if g.index < before.index or not _compared_apart(g, before)]
            if not own and before.baseline_kind is not None:
                # 较二季度的A环比增长3.4%,同比增长5.9%: of two comparisons, the one against the kind of the value said
                own = [g for g in slots[key] if g.baseline_kind == before.baseline_kind]
                own = own if len(own) == 1 else []
            slots = {**slots, key: own} if own else slots
    return slots


_GROUP_OPENS_COMPARED = regex.compile(r"^\s*(?:比|较|与)(?:19|20)\d\d年(?:末|底)?的?$")


def _compared_apart(g: Fig, before: Fig) -> bool:
    """比上年提高0.4个百分点; 比全国平均水平(6.65%)低0.65个百分点: a change that opens a comparison of its own, or
    follows a bracketed value it is set against, other than `before`."""
    prev = g.sent.figs[g.pos - 1] if g.pos else None
    bracketed = prev is not None and prev is not before and prev.paren and _COMPARED_TO.search(prev.clause)
    return bool(_OWN_COMPARISON.match(g.clause) or bracketed)


_COMPARED_TO = regex.compile(r"(?:比|较|高于|低于|超过|快于|慢于)[^,，;；。]{0,16}[(（]$")


_OWN_COMPARISON = regex.compile(r"^\s*(?:比|较|同比|环比|与)")


def _head(f: Fig) -> str:
    """What a change's clause names before its verb: 死亡人数 of 死亡人数下降, '' of 同比增长."""
    verb = CHANGE_VERB_END.search(f.clause) or CHANGE_VERB.search(f.clause)  # 节约时间: the subject after its verb
    head = f.clause[: verb.start()] if verb else f.clause
    return FILLER.sub("", MEASURED.sub("", RATE_WORDS.sub("", head)))


def _whole_by_earlier(s: Sentence, item: Fig, earlier: Fig) -> Fig | None:
    """The whole of the 其中 list `item` ends, when the earlier value bracketed after it is of the whole's size and
    more than twice the item's (其中…反映237件,同比下降9.4%(上年为2067件): last year's 1873, not the 237's)."""
    if not earlier.paren or earlier.claim.unit != item.claim.unit or earlier.claim.value <= 2 * item.claim.value:
        return None
    whole = _list_head(s, item)
    if whole is None or not whole.claim.value / 2 < earlier.claim.value < whole.claim.value * 2:
        return None
    return whole


def _whole_by_size(s: Sentence, item: Fig, earlier: Fig) -> Fig | None:
    """The whole of the 其中 list `item` ends, when an earlier value right after the item, in a clause of its own,
    is of the whole's size and the change after it goes the way it does from there, not from the item."""
    if earlier.pos != item.pos + 1 or not CLAUSE_MARK.search(s.between(item.claim.end, earlier.claim.start)):
        return None
    nxt = s.figs[earlier.pos + 1] if earlier.pos + 1 < len(s.figs) else None
    if nxt is None or not nxt.is_change or nxt.direction is None or earlier.claim.unit != item.claim.unit:
        return None
    whole = _list_head(s, item)
    if whole is None or not whole.claim.value / 2 < earlier.claim.value < whole.claim.value * 2:
        return None
    up = nxt.direction == "increase"
    if (item.claim.value > earlier.claim.value) == up or (whole.claim.value > earlier.claim.value) != up:
        return None  # the item goes the change's way from it, or the whole does not
    return whole


def _list_head(s: Sentence, item: Fig) -> Fig | None:
    """The whole of the 其中 list `item` stands in: the last figure of its measure before the cue."""
    cues = [m for m in PARTS_CUE.finditer(s.text) if s.start + m.start() < item.claim.start]
    if not cues:
        return None
    at = s.start + cues[-1].start()
    return next(
        (
            w
            for w in reversed(s.figs[: item.pos])
            if w.claim.end <= at and w.is_level and not w.is_baseline and not w.paren and same_measure(w, item)
        ),
        None,
    )


# 实现翻一番, 四年时间翻了一番: how a doubling is said, with the span it took
_DOUBLED = regex.compile(
    r"(?:[一二三四五六七八九十两\d]{1,3}年)?(?:时间|间|来|内)?(?:基本)?(?:实现|达到)?了?(?:翻了?)?$"
)
# 四年时间翻了一番: the span a change took, no figure the change is of
_SPAN_TAKEN = regex.compile(r"^(?:时间|间|来|内)?(?:基本)?(?:实现|达到)?了?翻")


def _own_subject(f: Fig, target: Fig) -> bool:
    """A change whose clause names a subject of its own before its verb, other than the pair's: 事故起数由5起下降至
    3起,死亡人数下降35% is the change of the deaths. 按现价计算年均增长 names how it is measured, no subject."""
    head = _DOUBLED.sub("", _head(f)) if f.is_doublings else _head(f)  # 实现翻一番: how it is said, no subject
    if len(_HAN.findall(head)) < 2:
        return False
    names = _pair_names(target)
    if (
        len(head) >= 4
        and len(_HAN.findall(head[-2:])) == 2
        and not _MEASURE_TAIL.search(head)  # (死亡人数减少3人, 决算数较预算数增加: the measure of what was named)
        and not any(head[-2:] in n for n in names)
    ):
        return True  # 醉酒驾驶231起…,酒驾肇事亡人事故同比减少4起: a head noun (事故) the pair's names do not bear
    return echo(head, target) < 2 and not any(common_run(head, n) >= 2 for n in names)


_MEASURE_TAIL = regex.compile(r"(?:数|额|量|率|值|规模|比重|占比)$")


def _pair_names(after: Fig) -> list[str]:
    """What the words before a from-to pair name: its later end's names and the clause before its earlier end."""
    out = [n for n in after.names if n]
    before = next((g for g in after.sent.figs[: after.pos] if g.claim.role == "before"), None)
    if before is not None:
        out.append(before.clause)
    return out


_ADDED = regex.compile(r"^\s*(?:全年|年内|当年|期间|其间)?(?:新增|净增|累计新增)(?:了)?(?:的)?$")
_TAKEN_OFF = regex.compile(
    rf"^\s*[,，]?\s*(?:全年|年内|当年|期间|其间)?(?:累计|共|共计)?(?:{alternation(lx.WORKED_OFF)})(?:了)?(?:的)?$"
)


def _way(after: Fig) -> str | None:
    """The way the verb before the later end of a from-to pair goes: 压缩至 down, 增加到 up."""
    inc, dec = INCREASE.search(after.clause), DECREASE.search(after.clause)
    if bool(inc) == bool(dec):
        return None
    return "increase" if inc else "decrease"


def _names_another(f: Fig, target: Fig) -> bool:
    """An earlier value whose clause names what it is of, and that is not what `target` counts:
    户籍人口城镇化率52.6%, …, 常住人口城镇化率上年末为69.88%."""
    m = BASELINE.search(f.clause)
    own = clean_label(f.clause[: m.start()]) if m else ""
    own = _MEASURED_AS.sub("", own)  # 按现价计算比上年(2592.10亿元): how it is measured names nothing
    if len(own) < 2:
        return False
    if own in _SHARE_NAMES and target.is_rate and SHARE_CUE.search(target.clause):
        return False  # 占营业性客运量的55.1%,比重较上年的59.1%下降: the share named by what it is
    # 受理信访事项347件,信访总量较上年的412件: the total of what the figure counts, named as a total
    stem = _TOTAL_END.sub("", own)
    if stem != own and len(stem) >= 2 and any(common_run(stem, n) >= 2 for n in target.names if n):
        return False
    return not any(own in n or (len(n) >= 2 and n in own) for n in target.names)


_TOTAL_END = regex.compile(r"(?:总量|总数|总额|数量|量)$")
_MEASURED_AS = regex.compile(alternation(lx.MEASURED_AS))
_SHARE_NAMES = frozenset({"比重", "占比", "所占比重", "所占比例", "比例"})


def _other_years(a: Fig, b: Fig) -> bool:
    """Whether two changes are stated against different years: 较上年下降4.3%, 较2019年减少612万元."""
    ya, yb = (_YEAR_IN.search(f.claim.baseline or "") for f in (a, b))
    if ya is None and yb is None:
        return False
    return ya is None or yb is None or ya.group() != yb.group()


_YEAR_IN = regex.compile(r"(?:19|20)\d\d")


def _is_after(f: Fig, other: Fig) -> bool:
    """The later end of a from-to pair: by role, else by position or year."""
    if f.claim.role in ("before", "after"):
        return f.claim.role == "after"
    named_f, named_o = (_strip_period(x.claim.subject or "") is not None for x in (f, other))
    if named_f != named_o:  # 上年用电量 is the earlier one
        return named_o
    if f.year is not None and other.year is not None and f.year != other.year:
        return f.year > other.year
    return f.index > other.index


_AT_YEAR_END = regex.compile(r"(?:(?:19|20)\d\d年|全年|本年|当年)?(?:年末|年底|12月末|12月底)")


def _change(after: Fig, slots: dict[str, list[Fig]], how: dict[Fig, str]) -> Change | None:
    if len(rates := slots.get("rate", [])) > 1 and any(g.claim.unit != "番" for g in rates):
        # 增长104.2%,数量翻了一番: the doubling only says the rate again in round words
        slots = {**slots, "rate": [g for g in rates if g.claim.unit != "番"]}
    befores = slots.get("before", [])
    if len(befores) > 1 or any(len(slots.get(k, [])) > 1 for k in ("amount", "rate", "points", "yearly")):
        return None  # two candidates for one role: the text does not say which
    before = befores[0] if befores else None
    amount, rate, points = ((slots.get(k) or [None])[0] for k in ("amount", "rate", "points"))
    yearly = (slots.get("yearly") or [None])[0]
    if before is not None and yearly is not None:
        return Change(after, before, amount, rate, points, how.get(after, "baseline"), yearly)
    if before is None and amount is not None and rate is not None:
        ka, kr = amount.baseline_kind, rate.baseline_kind
        # a 同比 rate and a 比年初 amount are two different changes; so are 较上年 and 较2019年 (but at the year's end
        # the year's start is the year before's end: 年末余额A,比年初增加B,同比增长C)
        head = after.sent.between(after.sent.start, after.claim.start)
        at_year_end = {ka, kr} == {"year", "year-start"} and _AT_YEAR_END.search(head) is not None
        if (ka == kr or None in (ka, kr) or at_year_end) and not _other_years(amount, rate):
            if (ka is None and kr is not None and _GROUP_COMPARED.search(amount.clause)) or (
                kr is None and ka is not None and _GROUP_COMPARED.search(rate.clause)
            ):
                return None  # 比上年增长4.4%,比老一代农民工高512元: a gap to another group, no change over time
            return Change(after, None, amount, rate, None, "amount")
        return None
    if before is not None and rate is not None and not rate.is_points:
        kb, kr = before.baseline_kind, rate.baseline_kind
        if kb is not None and kr is not None and kb != kr:
            rate = None  # 同比增长8.4%,较年初的5550.62亿元增加…: the rate is over a year before, not the year's start
    if before is not None and rate is not None and _of_another(rate, after):
        rate = None  # 办理时限由20个工作日压缩至5个工作日,提交材料减少40%: the rate names a thing of its own
    if before is not None and rate is not None and rate.index < before.index and _base_of_next(before):
        rate = None  # 同比增长18.6%,是2019年(1232.60万人次)的112.5%: that value is the base of the share after it
    if (
        before is not None
        and rate is not None
        # the plan the earlier value is, named right before it (not 计划总投资亿元以上的项目由…: what the projects are;
        # nor a table's row label, 预算执行审计 | 个 | 806 | 842: the cells are the years)
        and _PLAN_NAMED.search(_COMPARED_PART.split(before.clause)[-1])
        and not _CELL_EDGE.search(before.clause)
        and not _LAST_YEARS.search(before.clause)  # 比上年预算1372万元减少86万元,下降6.3%: last year's budget
        and not rate.is_points
    ):
        # 收入23.58亿元,较年初预算22.80亿元超收0.78亿元,增长3.9%: the growth is over the year before, not the plan;
        # unless the rate is the amount over the plan (比预算数3.00万元减少0.84万元,下降28.0%), which it then checks
        of_plan = amount is not None and _rate_of(amount, before, rate)
        rate = None if _PLAN_NAMED.search(rate.clause) is None and not of_plan else rate
    if before is not None and (amount or rate or points):
        # 由A增至B,新增C: an amount said as a level goes the pair's way
        way = _way(after) if amount is not None and amount.direction is None else None
        return Change(after, before, amount, rate, points, how.get(after, "baseline"), way=way)
    return None


def _set_against_other(f: Fig) -> bool:
    """A change said against another thing it names (比户籍人口多, 比老一代农民工高), not a time, plan or average."""
    base = f.claim.baseline or ""
    return (
        _GROUP_COMPARED.search(f.clause) is not None
        and len(base) >= 2
        and f.baseline_kind is None
        and not PERIOD_WORD.search(base)
        and not _PERIODISH.search(base)
        and not _TARGET_SAID.search(f.clause)
        and not _PLAN_NAMED.search(base)
    )


_PERIODISH = regex.compile(r"\d|[一二三四]季度|季度|半年|月|年|期|届")
# 比老一代农民工高, 较全省平均水平多: set against something named, not a time before
_GROUP_COMPARED = regex.compile(r"(?<!占)(?:比|较)(?!重|例|率|值)\p{Han}{2,16}?(?:高出|高|低|多|少|快|慢)了?$")


def _of_another(rate: Fig, after: Fig) -> bool:
    """A rate in a clause of its own that names its own thing before its verb, sharing no word with the pair's
    (群众办事平均提交材料减少40% after 办理时限由…压缩至…); not a rate the pair names (减少率, 压减率)."""
    mine = _GENERIC_WORDS.sub("", rate.claim.subject or "")
    theirs = _GENERIC_WORDS.sub("", after.claim.subject or "")
    return (
        rate.index > after.index
        and rate.group == after.group
        and len(mine) >= 4
        and len(theirs) >= 2
        and not mine.endswith(("率", "幅", "速"))
        and _OWN_CLAUSE.match(rate.lead) is not None
        and common_run(mine, theirs) < 2
    )


_GENERIC_WORDS = regex.compile(r"平均|全年|同比|累计|全市|全县|全区|全省")
_OWN_CLAUSE = regex.compile(r"^\s*[,，]\s*\p{Han}{4,}(?:减少|下降|降低|压缩|缩短|提高|增加|增长)了?$")


def _base_of_next(f: Fig) -> bool:
    """是2019年(1232.60万人次)的112.5%: a value the share or multiple right after it is taken of."""
    figs = f.sent.figs
    nxt = figs[f.pos + 1] if f.pos + 1 < len(figs) else None
    return nxt is not None and nxt.claim.unit in ("%", "倍") and _OF_ONLY.fullmatch(nxt.clause) is not None


_OF_ONLY = regex.compile(r"[)）]?的")


def _rate_of(amount: Fig, before: Fig, rate: Fig) -> bool:
    """Whether the rate, as stated, can be the amount over the earlier value."""
    base = arith.bounds(before.claim)
    if not base.positive:
        return False
    return (arith.bounds(amount.claim) / base * arith.HUNDRED).meets(arith.bounds(rate.claim))


_OPENS_YEAR = regex.compile(r"^\s*(?P<y>\d{4})\s*年(?!以来|来|前|底前)")
_ATTRIBUTIVE = regex.compile(r"^\s*(?:以上|以下)?的\p{Han}")
_COMPARED_PART = regex.compile(r"[比较由从]")  # where the words of the earlier value begin
_PLAN_NAMED = regex.compile(r"预算(?!收入|支出|内|外)|计划")  # not 一般公共预算收入, the name of a revenue
_LAST_YEARS = regex.compile(r"(?:上|去|前一)年(?:度)?(?:的)?(?:年初)?预算")
