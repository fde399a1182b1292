"""Shares and rates: the part a stated rate is of and the whole it is taken of; GRIM bases."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from ..patterns import alternation
from . import arith, rules
from . import lexicon as lx
from .cues import (
    BASE_OF_FOLLOWING,
    BIG_TOTAL_CUE,
    CLAUSE_MARK,
    DECIDED_LEAD,
    EDGE_FILLER,
    ENUM_NEXT,
    FLOW_OR_GOAL,
    INTAKE,
    NEGATED_LABEL,
    OF_END,
    OUTCOME,
    PARTS_CUE,
    PERIOD_SPAN,
    PLACE_PREFIX,
    RATIO_JOIN,
    RATIO_NAME_TAIL,
    RESPECTIVE_END,
    REST_ITEM,
    SCOPE_PREFIX,
    SERIES_WORD,
    SET_AS_PLAN,
    SHARE_CUE,
    SHARE_NAME_END,
    SHARE_WHOLE,
    STATUS_DONE,
    SURVEY_RATE,
    TARGET_CLAUSE,
    TOTAL_CUE,
    complete_series,
    core,
    counted_kinds,
    denies,
    grade,
    has_bare_share,
    has_rest_item,
    higher_grades,
    inside_word,
    is_base,
    kinds_beside,
    label_of,
    named_before_whole,
    names_match,
    opens_by_dimension,
    plan_pair,
    said_short,
    scope_verb,
    structure_measure,
    structure_runs,
    summed_to,
    synonyms,
    table_line,
    target_pair,
)
from .model import (
    AVERAGE,
    RANGE_ROLES,
    RATE_NAME_END,
    STOCK_MEASURE_END,
    Doc,
    Fig,
    Sentence,
    clean_label,
    common_run,
    compatible,
    convert,
    countable,
    deed_dropped,
    echo,
    in_order,
    is_bound,
    one_digit,
    owner_of,
    rate_name,
    same_measure,
    shared_end,
    shared_start,
    spread_in,
)
from .relations import LISTED_TIE, Breakdown, Grim, Share

# --- shares and named rates ----------------------------------------------------------------------------


@dataclass
class _Pending:
    """A share whose whole is not stated near it: resolved against its chapter's headline total."""

    rate: Fig
    part: Fig


def find_shares(
    doc: Doc, breakdowns: list[Breakdown]
) -> tuple[list[Share], list[Grim], list[_Pending], list[Breakdown]]:
    """Every stated rate with the part and whole it is of; rates of a bare count (GRIM); shares whose
    whole is not near them, for `resolve_far_shares`; and the complete lists that shares name their whole
    for (A占营业收入的60.1%；B占28.6%；其他占11.3%). `breakdowns` give the whole of a listed part."""
    parent: dict[Fig, Fig] = {}
    plus: dict[Fig, tuple[Fig, ...]] = {}  # the figures a listed part's whole may add up with
    for b in breakdowns:
        # a subtotal named after its items (投诉举报合计) is no whole the items' own shares are of
        if b.whole is not None and b.cue not in ("contains", "stage", "joint"):
            for p in b.parts:
                if p is b.whole:
                    continue  # 从反映问题看,A,B,C,上述问题合计T: the total read as one more item of its own list
                if parent.setdefault(p, b.whole) is b.whole and b.plus:
                    plus.setdefault(p, b.plus)
    for b in breakdowns:
        # 其中风电A,光伏B,新能源装机合计C: a total of listed parts is a part of their whole too
        ups = {parent.get(p) for p in b.parts}
        if b.cue == "合计" and b.whole is not None and len(ups) == 1 and None not in ups and b.whole not in ups:
            parent.setdefault(b.whole, ups.pop())  # type: ignore[arg-type]
    shares: list[Share] = []
    grims: list[Grim] = []
    pending: list[_Pending] = []
    lists: list[Breakdown] = []
    graded = {
        b.whole.sent.index: b
        for b in breakdowns
        if b.cue == "grades" and b.whole is not None
    }
    for s in doc.sentences:
        row_rated: set[Fig] = set()
        if s.index in graded:
            got_rows = _graded_row_rates(s, graded[s.index])
            shares += got_rows
            row_rated = {sh.rate for sh in got_rows}  # 合计 | 165 | 55 | 103 | 7 | 95.8%: the grades over the count
        orphans: list[tuple[Fig, Fig]] = []  # named rates with a numerator and no base
        named_here: list[Share] = []  # named rates of this sentence that found their base
        run: list[int] = []  # a share that names its whole and the shares after it that leave it unsaid
        paired = _respective_shares(doc, s, parent)  # 小学、初中…分别为A人、B人,占在校生的a%和b%
        paired.update(_respective_targets(s))
        for r in s.figs:
            if r in row_rated:
                continue
            if r in paired:
                got_pair = paired[r]
                if isinstance(got_pair, Share):
                    shares.append(got_pair)
                elif isinstance(got_pair, _Pending):
                    pending.append(got_pair)
                continue
            if r.is_rate and (quot := _quotient_named(doc, r)) is not None:
                shares.append(quot)  # 净资本/净资产为77.87%: the two figures the rate's name divides
                continue
            if r.claim.kind == "ratio":
                sh = _ratio_share(doc, r)
                if sh is not None:
                    shares.append(sh)
                continue
            if r.is_rate and r.claim.role == "before" and _CELLS.search(r.lead):
                # 资本充足率(%) | 13.79 | 13.83: the year before's cell, over the year before's cells above it
                named = next((g for g in reversed(s.figs[: r.pos]) if g.is_rate and not g.is_baseline), r)
                label = _ROW_LABEL_TAIL.sub("", rate_name(named))
                if (margin := _margin(doc, r, label)) is not None:
                    shares.append(margin)
                continue
            if r.claim.unit == "倍" and not r.paren and (times := target_pair(s, r)) is not None:
                # 筹集保障性租赁住房620套,为年度任务500套的1.24倍: what was done over the target, as a multiple
                shares.append(Share(r, times[0], times[1], "the target it is stated of", True, times=True))
                continue
            if not r.is_rate or r.claim.role == "before" or (r.paren and not _bracketed_share(s, r)):
                continue  # 医院26.14万张(占80.0%): a bracket that holds only the share of the figure before it
            if _each_rate(s, r):
                continue  # 仅两宗溢价成交,溢价率分别为12.5%和15.2%: the rate of each of the things just counted
            if plan_pair(s, r) is not None:
                continue
            row = _row_rate(doc, s, r)
            if row is not None:  # 城乡社区 98700 90160 93.1: done over budget in the row's own cells
                shares.append(row)
                continue
            target = target_pair(s, r) or _plan_before(doc, s, r) or _plan_actual(s, r)
            if target is not None:  # 完成年度目标任务5.5万人的105.8%: what was done over the target
                plans = _plans_listed(s, target[1], target[0])
                shares.append(Share(r, target[0], target[1], "the target it is stated of", True, plus=plans))
                continue
            earlier_of = _of_earlier(s, r)
            if earlier_of is not None:  # 3186.42万人次,恢复至2019年同期(2926.01万人次)的108.9%
                shares.append(Share(r, earlier_of[0], earlier_of[1], "the earlier value it is stated of", True))
                continue
            due = _due_paid(s, r)
            if due is not None:  # 应收水费14.86亿元,实收14.63亿元,水费回收率98.5%
                shares.append(Share(r, due[0], due[1], "what was done of what was due", True))
                continue
            held = _occupancy(s, r)
            if held is not None:  # 床位416张,集中供养326人,床位使用率78.4%: those housed over the places
                shares.append(Share(r, held[0], held[1], "the places the figure before fills", True))
                continue
            name = rate_name(r)
            # 住房保障与物业 | 72,418 | 12.5% under 占比: a share named by its column, of a whole beyond the table
            cell_share = bool(
                not _HAN_NAME.search(name) and _CELLS.search(r.lead) and SHARE_NAME_END.search(r.claim.subject or "")
            )
            if cell_share:
                name = r.claim.subject or name
            elif not _HAN_NAME.search(name) and _CELLS.search(r.lead) and (r.claim.subject or "").endswith("率"):
                # 食用农产品 | 1426 | 37 | 2.59% under 抽检批次 | 不合格批次 | 不合格率: a rate named by its column
                name = r.claim.subject or name
            if r.is_baseline and not name.endswith("率"):
                # 毛利率为20.4%,与上年20.6%: the earlier rate is named by the rate before it
                named = next((g for g in reversed(s.figs[: r.pos]) if g.is_rate and not g.is_baseline), None)
                name = rate_name(named) if named is not None else name
            # a table's cell names nothing in its clause (| 90.69): its subject holds the row and the column
            # 资本充足率(%) | 13.79: a row's label, its unit and the cell bar cut off
            label = _ROW_LABEL_TAIL.sub("", name)
            if r.claim.role == "after" and RATE_NAME_END.search(r.claim.subject or ""):
                label = r.claim.subject or label  # 森林覆盖率由58.6%提高到59.1%: the rate the pair is of
            margin = _margin(doc, r, label if _HAN_NAME.search(label) else (r.claim.subject or ""))
            if margin is not None:
                shares.append(margin)
                continue
            if r.is_baseline:
                continue
            if (scope := _scope_count(r)) is not None:
                grims.append(Grim(r, scope, True))  # 236家企业中盈利企业占比达83.5%: some k of the 236
                continue
            if _COMBINED.search(r.clause) and (both := _combined_share(doc, r, parent)) is not None:
                shares.append(both)  # 增值税和企业所得税合计占税收收入的60.0%: the items together
                continue
            if _COMBINED.search(r.clause) and len(_joint_names(r)) >= 2:
                continue  # A和B合计占…: the share of items together, none of which alone is its part
            bare_bracket = r.paren and not PAREN_SHARE.match(r.lead)  # 化学药品35,320份(79.9%)
            if SHARE_CUE.search(r.clause) or SHARE_NAME_END.search(name) or _whole_inside(r) or bare_bracket:
                got = _share(doc, r, parent, plus)
                if cell_share and not isinstance(got, _Pending):
                    got = None  # the table's own total row makes its shares (`table_shares`), not this
                if isinstance(got, Share) and "以上" in name:
                    got = _graded(got, name)  # 本科及以上学历员工占比: of 本科 and the grades above it
                if isinstance(got, Share):
                    got = _joint_kinds(got, name, parent)  # 大中型矿山比例: of 大型 and 中型 together
                named_own = isinstance(got, Share) and got.tie.startswith("the whole named")
                if got is not None and not named_own and run and any(shares[k].part is got.part for k in run):
                    # 研发投入合计A,占营业收入比例为5.28%,研发投入资本化的比重为1.96%: a second rate of the same
                    # figure names another share (of the part of it that was capitalised), not the same again
                    got = None
                if isinstance(got, _Pending) and run and not compatible(shares[run[0]].whole, got.part):
                    # 来访4215件次、12959人次,占22.6%: the item's figure in the measure of the whole named before
                    twin = _item_twin(got.part, shares[run[0]].whole)
                    got = _Pending(got.rate, twin) if twin is not None else got
                if isinstance(got, _Pending) and run and compatible(shares[run[0]].whole, got.part):
                    # 占营业收入的60.1%；…占28.6%: the whole the share before it named is left unsaid
                    first = shares[run[0]]
                    # the wholes the first share allows, this one allows too (a table's row and its total row)
                    tie = f"the whole named before it ({first.tie})"
                    got = Share(r, got.part, first.whole, tie, first.firm, alts=first.alts)
                    run.append(len(shares))
                elif (
                    isinstance(got, Share)
                    and run
                    and got.tie == LISTED_TIE
                    and compatible(shares[run[0]].whole, got.part)
                ):
                    # 预付式消费投诉3864件,占投诉总量的17.7%；网络购物投诉6012件,占27.6%: the whole named before
                    # goes on, over a whole read from the list the parts stand in (which stays allowed)
                    first = shares[run[0]]
                    alts = (got.whole,) if got.whole is not first.whole else ()
                    # (no surer of that whole than the share before: 占报告病例总数的35.44% taken of 男性10327例)
                    tie = f"the whole named before it ({first.tie})"
                    got = Share(r, got.part, first.whole, tie, first.firm, alts=alts)
                    run.append(len(shares))
                elif isinstance(got, Share):
                    # (占全市进出口总值的17.6%;对拉美…占14.8%: a whole named by the place, as the text states it)
                    run = [len(shares)] if got.tie.startswith(("the whole named", "the figure named like")) else []
                    if got.tie == LISTED_TIE:
                        got = _nested(got, parent, shares)
                if isinstance(got, Share):
                    shares.append(got)
                elif isinstance(got, _Pending):
                    pending.append(got)
                elif isinstance(got, Grim):
                    grims.append(got)
            elif name.endswith("纠错率") and (fix := _corrections(doc, r, name, parent)) is not None:
                shares.append(fix)
            elif name.endswith("率") and (both := _compound_rate(r, name, parent)) is not None:
                shares.append(both)  # 改判412件、发回重审186件,改判发回率15.55%: the two items over their whole
            elif name.endswith(_RATE_ENDS) or _RATE_ALIAS.search(name):  # 结案率; 亏损面; 支付进度; 满意度
                # 已支付资金5.83亿元,资金支付进度60.2%: the progress of a deed is the rate of it; 回访1850名,满意的
                # 1798名,满意度97.2%: so is a degree of satisfaction, when the satisfied are counted
                name = _RATE_ALIAS.sub("率", name)
                got2 = _named_rate(doc, r, name, parent, plus)
                if isinstance(got2, Share):
                    shares.append(got2)
                    named_here.append(got2)
                elif isinstance(got2, Grim):
                    grims.append(got2)
                elif isinstance(got2, Fig):
                    # 问题共162个。已完成整改148个,整改完成率91.4%: the count that closed the sentence before
                    earlier = _base_before(doc, got2, name[:-1])
                    if earlier is not None:
                        tie = "the count stated in the sentence before"
                        shares.append(Share(r, got2, earlier, tie, False, plus=_carried_over(earlier)))
                    else:
                        orphans.append((r, got2))
        shares += _adopt(doc, s, orphans, named_here)
        if len(run) >= 2 and has_rest_item([shares[k].part for k in run]):
            gid = -2 - len(lists)  # a group of its own, apart from the far lists of resolve_far_shares
            for k in run:
                shares[k] = replace(shares[k], group=gid)
            parts = _with_unshared(s, tuple(shares[k].part for k in run))
            lists.append(Breakdown(shares[run[0]].whole, parts, "shares-list", True, True, group=gid))
    # 二孩A,三孩及以上B,二孩及以上占比…: a share of an order and those above it counts the higher orders too
    shares = [_item_or_list(_and_above(sh, rate_name(sh.rate)), parent) for sh in shares]
    # 其中古树2265株、名木52株;一级古树占古树总数的4.2%: the part is the whole named, what the share is of goes
    # unsaid; some k of it must give the rate
    unsaid = [sh for sh in shares if _part_is_named_whole(sh)]
    grims += [Grim(sh.rate, sh.part, True) for sh in unsaid]
    shares = _run_wholes(shares)
    return [sh for sh in shares if _may_be_share(sh) and sh not in unsaid], grims, pending, lists


def _run_wholes(shares: list[Share]) -> list[Share]:
    """优秀96卷、良好158卷、合格81卷…,优秀率、合格率分别为26.7%和93.1%: rates said in one 分别 run are of one whole;
    a later rate read over the numerator of the rate before it takes that rate's whole instead."""
    by_rate = {sh.rate: sh for sh in shares}
    out = []
    for sh in shares:
        r = sh.rate
        prev = r.sent.figs[r.pos - 1] if r.pos else None
        if prev is None or not prev.is_rate or "分别" not in prev.clause or not _RUN_NEXT.fullmatch(r.lead):
            out.append(sh)
            continue
        before = by_rate.get(prev)
        if before is not None and sh.whole is before.part:
            sh = replace(sh, whole=before.whole, tie=before.tie, firm=before.firm, alts=(), plus=())
        elif before is None and _named_by_run(prev, sh.whole):
            continue  # (the rate before it, of no whole found, names that figure as its numerator: no base)
        out.append(sh)
    return out


def _named_by_run(first: Fig, w: Fig) -> bool:
    """优秀率、合格率分别为…: the first name of the run (优秀) names the figure (优秀案卷96卷)."""
    names = _RATE_RUN.search(first.clause)
    stem = names["first"] if names is not None else ""
    return len(stem) >= 2 and stem in label_of(w)


_RATE_RUN = regex.compile(r"(?P<first>\p{Han}{2,6}?)率、")


_RUN_NEXT = regex.compile(r"[、和及]")


def _part_is_named_whole(sh: Share) -> bool:
    m = SHARE_WHOLE.search(sh.rate.clause)
    named = core(m.group("whole")) if m else ""
    if len(named) < 2 or not any(n == named for n in sh.part.names if n):
        return False
    own = EDGE_FILLER.sub("", SHARE_CUE.split(sh.rate.clause, maxsplit=1)[0])
    return own != named and own.endswith(named) and sh.part.pos + 1 < sh.rate.pos


def _with_unshared(s: Sentence, parts: tuple[Fig, ...]) -> tuple[Fig, ...]:
    """自燃58起,占2.5%;放火9起;其他…348起,占15.0%: a kind said without its share between the kinds of a list of
    shares is one of the list all the same."""
    between = unshared_kinds(s, parts)
    return tuple(sorted({*parts, *between}, key=lambda f: f.index))


def unshared_kinds(s: Sentence, parts: Sequence[Fig]) -> list[Fig]:
    """The figures of the parts' measure between the first and last part, each alone in a ;-group of its own with
    no share (放火9起;), which the list of shares passes over."""
    first, last = parts[0], parts[-1]
    groups = {p.group for p in parts}
    out = []
    for f in s.mains:
        if not (same_measure(f, first) and first.index < f.index < last.index) or f in parts or f.group in groups:
            continue
        if sum(1 for g in s.figs if g.group == f.group) == 1 and not PARTS_CUE.match(f.clause):
            out.append(f)
    return out


# 城乡建设类占比27.6%: a share named by a kind, said bare
_KIND_SAID = regex.compile(r"(?:^|[,，;；。])\s*(?P<kind>\p{Han}{2,10}?)(?:所)?占比(?:重)?(?:为|达到|达)?\s*$")
_KIND_SHARE_REACH = 2  # sentences looked back for the kind's figure


def kind_rate_shares(doc: Doc, taken: set[Fig], parent: dict[Fig, Fig]) -> list[Share]:
    """按领域分,城乡建设类4,106件次,劳动社保类3,215件次…。城乡建设类占比27.6%: a share said of one kind by its
    name alone is of that kind's figure listed just before, over the whole its list is of. Not for sure: the
    list's whole is read from the context."""
    out: list[Share] = []
    for s in doc.sentences:
        for r in s.figs:
            if not r.is_rate or r.claim.unit != "%" or r in taken or r.is_baseline:
                continue
            m = _KIND_SAID.search(s.between(s.start, r.claim.start))
            if m is None:
                continue
            earlier = doc.sentences[max(0, s.index - _KIND_SHARE_REACH) : s.index]
            named = [f for t in earlier for f in t.figs if f in parent and label_of(f) == m["kind"]]
            if len(named) == 1 and compatible(parent[named[0]], named[0]):
                part = named[0]
                out.append(Share(r, part, parent[part], f"the kind named {m['kind']}, listed before", False))
    return out


def referred_shares(doc: Doc, taken: set[Fig], parent: dict[Fig, Fig]) -> list[Share]:
    """同城、异地、国际快递业务量分别为A、B和C。三者占全部快递业务量的比重依次为a、b和c: shares of the items the
    sentence before lists, referred to as a group (三者, 上述四项), in their order, of the whole the shares name."""
    out: list[Share] = []
    for s in doc.sentences:
        rates = [r for r in s.figs if r.is_rate and r.claim.unit == "%" and r not in taken and not r.is_baseline]
        if len(rates) < 2:
            continue
        head = CLAUSE_MARK.split(s.between(s.start, rates[0].claim.start))[-1]  # 三类…占比分别为, 上述四项收入分别占
        kinds = _NAMED_KINDS.match(head.lstrip(" "))
        names = [x for x in _JOINED_NAMES.split(kinds["kinds"]) if x] if kinds is not None else []
        if not _REFERRED.match(head.lstrip(" ")) and len(names) != len(rates):
            continue
        if any(f not in rates and not f.is_change for f in s.figs[rates[0].pos :]):
            continue
        opens = rates[0].claim.start - len(head)
        own = [f for f in s.figs[: rates[0].pos] if f.is_level and not f.is_baseline and not f.paren]
        own = [f for f in own if f.claim.start < opens]  # not the figure of the reference itself (上述四项)
        if own:  # 其中A家,B家,C家,三类…占比分别为a、b、c: the items before the reference in its own sentence
            items = [f for f in own if same_measure(f, own[-1])]
        else:
            prev = doc.sentences[s.index - 1] if s.index else None
            if prev is None or (prev.para != s.para and prev.section != s.section):
                continue
            levels = [f for f in prev.figs if f.is_level and not f.is_baseline and not f.paren]
            items = [f for f in levels if same_measure(f, levels[-1])] if levels else []
        if len(items) != len(rates):
            continue
        # 基础研究、应用研究和试验发展经费所占比重分别为…: the kinds named in the items' order
        named_in_order = len(names) == len(items) and all(
            any(k[:2] in n for n in f.names if n) for k, f in zip(names, items, strict=True)
        )
        if names and not _REFERRED.match(head.lstrip(" ")) and not named_in_order:
            continue
        said = _REFERRED_WHOLE.search(rates[0].clause)
        whole = None
        if said is not None and core(said.group("whole")):
            whole, _ = _named_whole(doc, rates[0], items[0], said.group("whole"), parent)
            if whole is None or whole in items:
                # 占全部快递业务量的 of 快递服务企业业务量, not of an item whose name holds it (异地快递业务量)
                stem = _COUNT_END.sub("", core(said.group("whole"))) or core(said.group("whole"))
                named = [
                    w
                    for t in doc.sentences[max(0, s.index - _NEAR_REACH) : s.index]
                    for w in t.mains
                    if w not in items
                    and compatible(w, items[0])
                    and any(in_order(core(said.group("whole")), n) or in_order(stem, n) for n in w.names if n)
                ]
                whole = max(named, key=lambda w: w.claim.value) if named else None
        if whole is None or whole in items or not compatible(whole, items[0]):
            whole = parent.get(items[0])
        if whole is None or any(parent.get(f, whole) is not whole for f in items):
            continue
        tie = "the whole named, of the items the sentence before lists"
        out += [Share(r, f, whole, tie, True) for r, f in zip(rates, items, strict=True)]
    return out


# 基础研究、应用研究和试验发展经费所占比重分别为: kinds named together before their shares, respectively
_NAMED_KINDS = regex.compile(
    r"(?P<kinds>\p{Han}{2,12}(?:[、和与及]\p{Han}{2,12})+?)\p{Han}{0,4}?(?:所占比重|所占比例|占比|比重)分别"
)
_REFERRED_WHOLE = regex.compile(
    r"占(?!比)(?P<whole>[^,，;；:：的]{1,20}?)的?(?:比重|比例|份额)?(?:依次|分别)?(?:为|是|达到?)?\s*$"
)
# 三者占…, 上述四项收入分别占…, 以上两类合计…: a sentence that refers to the items before it as a group
_REFERRED = regex.compile(r"^\s*(?:上述|以上|前述)?(?:[两二三四五六七八九]|\d)?(?:者|项|类|种|部分)")


def saving_rates(doc: Doc, taken: set[Fig]) -> list[Share]:
    """采购预算金额64.93亿元,节约财政资金3.08亿元,节资率4.74%: a rate of saving is the saving over the budget
    stated before it in its clause group, when no amount spent stands between (that is a change, `changes`)."""
    out = []
    for s in doc.sentences:
        if not _SAVED.search(s.text):
            continue
        for r in s.figs:
            # 节约率5.88% reads as a change (节约 is a verb of less): a rate in % all the same
            rate = r.is_rate or (r.is_change and r.claim.unit == "%")
            if r in taken or not rate or r.pos < 2 or not _SAVING_RATE.search(rate_name(r)):
                continue
            saved = s.figs[r.pos - 1]
            budget = s.figs[r.pos - 2]
            if r.pos >= 3 and not _BUDGETED.search(budget.label) and _SPENT.search(budget.label):
                budget = s.figs[r.pos - 3]  # 预算金额A,合同金额B,节约资金C,节约率D: past what was spent
            if not (_SAVED.search(saved.label) and _BUDGETED.search(budget.label) and budget.is_level):
                continue
            if len({saved.group, budget.group, r.group}) == 1 and compatible(saved, budget):
                out.append(Share(r, saved, budget, "the saving over the budget before it", True))
    return out


_SAVED = regex.compile(r"节约|节省|节支")
_SPENT = regex.compile(alternation(lx.SPENT_WORDS))
_SAVING_RATE = regex.compile(r"节资率|节约率|资金节约率|节省率|节支率")
_BUDGETED = regex.compile(r"预算|控制价|最高限价")


def total_row_rates(doc: Doc, taken: set[Fig]) -> list[Share]:
    """季度 | 立案 | 结案 … / 合计 | 837 | 823 ⏎ 全年结案率为98.3%: a rate stated under a table, with no count in its
    own sentence, of the total row's cell its name counts (结案) over the total row's intake cell (立案); never for
    sure."""
    out = []
    for s in doc.sentences:
        if not s.index:
            continue
        totals = [f for f in doc.figs_before(s, 2) if f.is_level and _TOTAL_LINE.match(f.sent.text)]
        if not totals:
            continue
        for r in s.figs:
            if r in taken or not r.is_rate or r.is_baseline or any(f.is_level for f in s.figs[: r.pos]):
                continue
            stem = _SCOPE_LEAD.sub("", rate_name(r))[:-1]
            if len(stem) < 2 or not rate_name(r).endswith("率"):
                continue
            num = next(
                (
                    f
                    for f in totals
                    if (own := _TOTAL_CELL.sub("", f.claim.subject or "")) == stem or _column_counts(stem + "率", own)
                ),
                None,
            )
            if num is None:
                continue
            base = next(
                (
                    f
                    for f in totals
                    if f is not num
                    and f.sent is num.sent
                    and countable(f, num)
                    and INTAKE.search(_TOTAL_CELL.sub("", f.claim.subject or ""))
                ),
                None,
            )
            if base is not None:
                out.append(Share(r, num, base, "the table's total row above it", False))
    return out


_TOTAL_CELL = regex.compile(r"(?:合计|总计)$")
_TOTAL_LINE = regex.compile(r"^\s*(?:合\s*计|总\s*计)(?:\s*[|\t]|[ ]+(?=\d))")  # 合计 | 837 | 823: a total row
_SCOPE_LEAD = regex.compile(r"^(?:全年|全市|全区|全县|本年度?|年度|全院)")


def survey_grims(doc: Doc, taken: set[Fig]) -> list[Grim]:
    """回收有效问卷3,126份。毕业生对母校的总体满意度为95.87%: a satisfaction rate after a count of the answers a
    survey got (in its sentence or the two before, in its section) is some k of them; never for sure."""
    out = []
    for s in doc.sentences:
        # the sentences before it in its section, back to two of them (调查…回收有效问卷467份。⏎调查显示,…满意度…)
        before_s = doc.figs_before(s, 2)
        for r in s.figs:
            if r in taken or not r.is_rate or r.is_baseline or r.claim.unit != "%" or r.claim.role in RANGE_ROLES:
                continue
            if not SURVEY_RATE.search(rate_name(r)):
                continue
            asked = next(
                (
                    f
                    for f in [*reversed(s.figs[: r.pos]), *before_s]
                    if f.is_level
                    and f.exact_count
                    # 回收问卷3126份, 回访客户12,450户, 对1240户…开展入户回访: the count named, or said after, as asked
                    and any(w in n for n in (*f.names, CLAUSE_MARK.split(f.tail)[0]) if n for w in lx.SURVEYED)
                ),
                None,
            )
            if asked is not None:
                out.append(Grim(r, asked, False))
    return out


def _may_be_share(sh: Share) -> bool:
    """Whether the rate can be the part over the whole at all: one end of a range (救助比例为70%至90%) is a
    bound of a policy, and a rate of money (基金支付比例, 报销比例) is no share of people or cases."""
    if sh.rate.claim.role in RANGE_ROLES:
        return False
    return not (_MONEY_RATE.search(rate_name(sh.rate)) and sh.part.claim.kind != "money")


def _compound_rate(r: Fig, name: str, parent: dict[Fig, Fig]) -> Share | None:
    """A rate named for two items of a list together (调撤率 of 调解结案 and 撤诉结案, 改判发回率 of 改判 and 发回重审):
    their sum over the list's whole."""
    stem = name[:-1]
    items = [f for f in r.sent.figs[: r.pos] if f in parent and f.is_level]
    if len(items) < 2 or len(stem) < 2:
        return None
    labels = [(f, label_of(f)) for f in items]
    for start in range(len(stem) - 1):  # 二审改判发回: the two items' names may follow a word of scope
        tail = stem[start:]
        # 整改率 of 已整改: one item is named, not two (but 改判发回重审率 ends with the name 发回重审 of its second)
        one = any(x.startswith(tail) or tail.endswith(x) for _, x in labels if x)
        if one and not any(tail.startswith(x) for _, x in labels if len(x) >= 2 and x != tail):
            return None
        for cut in range(1, len(tail)):
            a, b = tail[:cut], tail[cut:]
            first = [f for f, x in labels if x.startswith(a)]
            second = [f for f, x in labels if x.startswith(b)]
            if len(first) == 1 and len(second) == 1 and first[0] is not second[0]:
                whole = parent[first[0]]
                if parent[second[0]] is not whole:
                    return None
                if r.claim.value <= 100 and whole.claim.value < first[0].claim.value + second[0].claim.value:
                    return None  # 未结案件43件。其中,调解结案318件,撤回申请结案207件,调撤率: of no smaller whole
                tie = "the list's whole, of the two items the rate names"
                return Share(r, first[0], whole, tie, not _rated(whole, r), more=(second[0],))
    return None


def _combined_share(doc: Doc, r: Fig, parent: dict[Fig, Fig]) -> Share | None:
    """增值税和企业所得税合计占税收收入的比重达到60.0%; A、B、C三大税种分别完成a、b、c,…,合计占税收收入的63.8%:
    the share of the items the clause names (or the run just listed) together, of the whole it names. The items
    are the figures so named in the sentence or the two before it in the section; never for sure."""
    said = SHARE_WHOLE.search(r.clause)
    if said is None or not core(said.group("whole")):
        return _referred_share(r, parent)
    names = _joint_names(r, said.start())
    s = r.sent
    pool = [*reversed(s.figs[: r.pos]), *doc.figs_before(s, 2)]
    pool = [f for f in pool if f.is_level and not f.is_baseline and not f.paren]
    if len(names) >= 2:
        items = []
        for n in names:
            got = next((f for f in pool if any(x.endswith(n) for x in f.names if x)), None)
            # 社保费 of 社会保险费收入: a name shortened, its characters in order, the first the same
            got = got or next((f for f in pool if any(_abbreviates(n, x) for x in f.names if x)), None)
            if got is None or got in items:
                return None
            items.append(got)
    elif not names:
        # the run of figures listed right before in the sentence (分别完成a、b和c): items across 、 and 和
        run = [f for f in s.figs[: r.pos] if f.is_level and not f.is_baseline]
        items = run[-1:]
        for f in reversed(run[:-1]):
            if not _list_item(items[0]) or s.figs[items[0].pos - 1] is not f:
                break
            items.insert(0, f)
        if len(items) < 2:
            return None
    elif (referred := _referred_items(r)) is not None:
        items = referred  # 其中,A 13.24亿元,B 9.16亿元,上述两类支出合计占使用额的80.1%
    else:
        return None
    if any(not compatible(f, items[0]) for f in items):
        return None
    w, _ = _named_whole(doc, r, items[0], said.group("whole"), parent)
    if w is None or w in items or not compatible(w, items[0]):
        return None
    tie = f"the whole named {said.group('whole')}, of the items together"
    return Share(r, items[0], w, tie, False, more=tuple(items[1:]))


_JOINED_NAMES = regex.compile(r"[、和与及]|以及")


def _joint_names(r: Fig, end: int | None = None) -> list[str]:
    """The names a joint share lists before its 合计 (社保费和非税收入合计占…: 社保费, 非税收入)."""
    lead = _COMBINED.split(r.clause[:end])[0]
    return [x for x in _JOINED_NAMES.split(EDGE_FILLER.sub("", lead)) if len(x) >= 2]


def _abbreviates(short: str, name: str) -> bool:
    """`short` is `name` cut short: the same first character, the rest in order within it (社保费, 社会保险费收入)."""
    if len(short) < 3 or len(short) >= len(name) or short[0] != name[0]:
        return False
    k = 0
    for ch in name:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)
_REFERRED_UNITS = frozenset({"类", "项", "个", "种", "大类", "部分"})


def _referred_items(r: Fig) -> list[Fig] | None:
    """上述两类支出合计占…: the items just listed a joint share refers to by the count right before it, that
    many figures of one measure said before in the sentence."""
    s = r.sent
    ref = s.figs[r.pos - 1] if r.pos > 0 else None
    if (
        ref is not None
        and ref.group == r.group
        and ref.claim.unit in _REFERRED_UNITS
        and ref.claim.value is not None
        and ref.clause.endswith(_REFERRING)
        and not CLAUSE_MARK.search(r.lead)
    ):
        count, end = int(ref.claim.value), ref.pos
    elif (m := _REFERRED_GROUP.match(r.clause)) is not None:  # 上述三类证书合计占: the count read as no claim
        count, end = _SMALL.index(m["n"].replace("两", "二")) + 1 if not m["n"].isdigit() else int(m["n"]), r.pos
    else:
        return None
    run = [f for f in s.figs[:end] if f.is_level and not f.is_baseline and not f.paren]
    items = run[-count:]
    if count < 2 or len(items) != count or any(not compatible(f, items[0]) for f in items):
        return None
    return items


def _referred_share(r: Fig, parent: dict[Fig, Fig]) -> Share | None:
    """其中A 10,874张,B 7,012张,C 6,233张,上述三类证书合计占89.6%: the share of the items referred to, of the
    whole of the list they are of, when the share names no whole."""
    if not _BARE_SHARE.search(r.clause):
        return None
    items = _referred_items(r)
    if items is None or any(f not in parent for f in items):
        return None
    w = parent[items[0]]
    if any(parent[f] is not w for f in items) or not compatible(w, items[0]):
        return None
    tie = "the whole of the list, of the items referred to together"
    return Share(r, items[0], w, tie, False, more=tuple(items[1:]))


_REFERRING = ("上述", "以上", "前述")
_REFERRED_GROUP = regex.compile(r"^(?:上述|以上|前述)(?P<n>[两二三四五六七八九]|\d)(?:个|项|类|种|大类|部分)")
_SMALL = "一二三四五六七八九"
_BARE_SHARE = regex.compile(r"(?:合计|共计|总计)?(?:占比|占)(?:为|达|达到)?$")


def _scope_count(r: Fig) -> Fig | None:
    """The count right before a share that its clause opens as its scope (236家企业中盈利企业占比达83.5%),
    when the count of those in the scope is not stated."""
    if r.pos == 0:
        return None
    f = r.sent.figs[r.pos - 1]
    if not (f.is_level and f.claim.kind == "count" and f.group == r.group and f.exact_count):
        return None
    if f.claim.unit in _KIND_UNITS:
        return None  # 集中在…、…两大类,其中前者占41.9%: a share of what the kinds hold, not of the kinds
    m = BASE_OF_FOLLOWING.match(f.tail)
    # of the things in the scope, so a share (占比), not a rate of something else they do (部门中…办结率)
    if m is None or CLAUSE_MARK.search(f.tail, m.end() + 1):
        return None  # 是四项收入中增速最快的一项,对收入增长的贡献率超过三成: the scope's clause ends before the rate
    if _AMOUNT_HELD.search(m.group()):
        return None  # 在三项基金总收入中的占比为91.9%: a share of what the kinds hold together, not of the kinds
    return f if SHARE_CUE.search(f.tail, m.end()) and "平均" not in f.tail else None


_AMOUNT_HELD = regex.compile(r"收入|支出|金额|总额|总量|资金|产值|规模|余额")


_KIND_UNITS = frozenset({"类", "大类", "种", "方面", "个方面", "大项"})
_STRETCH = regex.compile(r"(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)")
_JOINER = regex.compile(r"\s*[和与及、]\s*")
_KIND_SEP = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")


_NAMES_THEN_SHARES = regex.compile(
    r"(?P<names>\p{Han}{1,10}(?:[、和及与]\p{Han}{1,10})+)分别占(?:比)?(?:为|达)?\s*$"
)


def named_respective_shares(doc: Doc, shares: Sequence[Share]) -> list[Share]:
    """投诉类41256件,占47.1%;其次为求助类23148件、咨询类16795件…。求助类、咨询类分别占26.4%、19.2%: shares named
    by the kinds listed before them, each of the count so named, over the whole a share beside them is of."""
    out = []
    whole_of = {sh.rate.sent.index: sh for sh in shares if not sh.more and not sh.times and not sh.plus}
    for s in doc.sentences:
        for k, _m, names, rates in _named_rate_runs(s, _NAMES_THEN_SHARES, reach=40):
            prev = doc.sentences[s.index - 1] if s.index and doc.sentences[s.index - 1].para == s.para else None
            sibling = whole_of.get(s.index) or (whole_of.get(prev.index) if prev is not None else None)
            if sibling is None or len(rates) != len(names):
                continue
            said = (prev.figs if prev is not None else []) + s.figs[:k]
            counts = [f for f in said if f.is_level and compatible(f, sibling.whole)]
            for name, rate in zip(names, rates, strict=True):
                part = next((f for f in reversed(counts) if any(n.endswith(name) for n in f.names if n)), None)
                if part is not None and part is not sibling.whole:
                    tie = f"the kind named {name}, of the whole beside it"
                    out.append(Share(rate, part, sibling.whole, tie, sibling.firm, group=sibling.group))
    return out



def _named_rate_runs(
    s: Sentence, names_re: regex.Pattern[str], *, from_last: bool = False, reach: int = 0
) -> Iterator[tuple[int, regex.Match[str], list[str], list[Fig]]]:
    """Each run of rates in `s` after words `names_re` reads as kinds named in a row (A、B分别占…): the index of
    its first rate, the match, the names and the rates (at most as many as the names). The words are read from
    the sentence's start, or with `from_last` from the figure before the run; `reach` keeps their last characters."""
    for k, r in enumerate(s.figs):
        if not r.is_rate or (k and s.figs[k - 1].is_rate):
            continue
        said = s.between(s.figs[k - 1].claim.end if from_last and k else s.start, r.claim.start)
        m = names_re.search(said[-reach:] if reach else said)
        if m is None:
            continue
        names = [x for x in _KIND_SEP.split(m.group("names")) if x]
        rates: list[Fig] = []
        for g in s.figs[k:]:
            if not g.is_rate or len(rates) == len(names):
                break
            rates.append(g)
        yield k, m, names, rates


def named_kind_shares(doc: Doc) -> tuple[list[Share], list[Breakdown]]:
    """(一)工资性收入…人均10642元 … (四)…5931元。工资性收入、经营净收入…占可支配收入的比重分别为43.6%、…: shares
    named by kinds whose figures the sentences before state, each of the figure so named, over the whole the phrase
    names. Not for sure: the kinds' figures may be of another year or place than the whole's. Kinds of a complete
    series (the four sources of income) add up to that whole as well, again not for sure."""
    out = []
    lists: list[Breakdown] = []
    for s in doc.sentences:
        for _k, m, names, rates in _named_rate_runs(s, _NAMES_OF_WHOLE, from_last=True):
            r = rates[0]
            if len(rates) != len(names) or len(names) < 2:
                continue
            earlier = doc.sentences[max(0, s.index - _KIND_REACH) : s.index + 1]
            said = [f for t in earlier for f in t.figs if f.is_level and not f.is_baseline and f.index < r.index]
            parts = [_kind_named(said, x) for x in names]
            if any(p is None for p in parts) or len(set(parts)) != len(parts):
                continue
            whole, _ = _named_whole(doc, r, parts[0], m.group("whole"), {})  # type: ignore[arg-type]
            if whole is None or whole in parts or not all(compatible(whole, p) for p in parts if p is not None):
                continue
            got = [p for p in parts if p is not None]
            for name, rate, part in zip(names, rates, got, strict=True):
                out.append(Share(rate, part, whole, f"the kind named {name}, stated before", False))
            if complete_series(got):
                lists.append(Breakdown(whole, tuple(got), "list", True, True, firm=False))
    return out, lists


def _kind_named(said: list[Fig], name: str) -> Fig | None:
    """The last figure named `name` itself (人均经营净收入 of 经营净收入), else the last whose name ends with it."""
    own = next((f for f in reversed(said) if any(_PER_HEAD_LEAD.sub("", n) == name for n in f.names if n)), None)
    return own or next((f for f in reversed(said) if any(n.endswith(name) for n in f.names if n)), None)


_PER_HEAD_LEAD = regex.compile(r"^(?:全年|全县|全市|全区|全省)?(?:人均|户均)?")
_KIND_REACH = 12  # sentences back in the chapter where the kinds a list of shares names are looked for
# 工资性收入、经营净收入、财产净收入、转移净收入占可支配收入的比重分别为: kinds named, then the whole they are of
_NAMES_OF_WHOLE = regex.compile(
    r"(?P<names>\p{Han}{2,10}(?:[、和及与]\p{Han}{2,10})+)占(?P<whole>\p{Han}{2,16}?)的?(?:比重|比例)?分别(?:为|是|达)?\s*$"
)

_OF_PLAN = regex.compile(
    rf"^(?:为|完成|达到|实现|是)(?:年初|年度|全年|调整后的?)?(?:{alternation(lx.PLAN_NOUNS)})数?的?\s*$"
)
_PLAN_SAID = regex.compile(alternation(lx.PLAN_NOUNS))


def _plan_before(doc: Doc, s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """收入3.26亿元,较预算3.00亿元超收0.26亿元,完成预算的108.7%: (the figure done, the plan) of a rate of the plan
    stated before it in the sentence, with no figure in the rate's own phrase; or stated a sentence or two before in
    the paragraph (年度计划投资140.2亿元。…完成投资152.3亿元,完成年度计划的108.6%), the figure done right before
    the rate."""
    if not _OF_PLAN.match(r.clause):
        return None
    plan = next((f for f in reversed(s.figs[: r.pos]) if f.is_level and _PLAN_SAID.search(f.clause)), None)
    if plan is None:
        done = s.figs[r.pos - 1] if r.pos else None
        if done is None or not done.is_level or done.is_baseline or done.group != r.group:
            return None
        earlier = [t for t in doc.sentences[max(0, s.index - 2) : s.index] if t.para == s.para]
        plans = [
            f for t in earlier for f in t.figs if f.is_level and _PLAN_SAID.search(f.clause) and compatible(f, done)
        ]
        return (done, plans[0]) if len(plans) == 1 else None
    # 年度计划投资78亿元,实际完成投资84.6亿元,完成年度计划的108.5%: the plan first, what was done after it
    # (总投资1136.4亿元 before the plan is what the projects cost in all, not what was done this year)
    done = next(
        (
            f
            for f in s.figs[plan.pos + 1 : r.pos]
            if f.is_level and not f.is_baseline and not f.paren and _ACTUAL.search(f.clause)
        ),
        None,
    )
    if done is None:
        done = next((f for f in reversed(s.figs[: plan.pos]) if f.is_level and not f.is_baseline and not f.paren), None)
    if done is None or done.group != plan.group or not compatible(done, plan):
        return None
    return done, plan


_PLAN_RATE = regex.compile(rf"(?:{alternation(lx.PLAN_RATES)})\s*(?:仅|只|已|仍|约|高达)?(?:为|达|达到|是)?\s*$")
_ACTUAL = regex.compile(alternation(lx.ACTUAL_CUES))


def _two_before(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """The two figures right before a rate, in its clause group, both levels stated plainly (no earlier value,
    nothing in brackets): the first and the second, as a rate of the second over the first reads them."""
    if r.pos < 2:
        return None
    first, second = s.figs[r.pos - 2], s.figs[r.pos - 1]
    if not all(f.is_level and not f.is_baseline and not f.paren for f in (first, second)):
        return None
    return (first, second) if len({first.group, second.group, r.group}) == 1 else None


_OCCUPANCY = regex.compile(rf"(?:{alternation(lx.OCCUPANCY_RATES)})\s*(?:为|达|达到|是)?\s*$")


def _occupancy(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """床位416张,集中供养优抚对象326人,床位使用率78.4%: (those housed, the places) of a rate of places taken, the
    places and those in them counted in measure words of their own, right before the rate in its clause group."""
    if r.pos < 2 or r.claim.unit != "%" or not _OCCUPANCY.search(r.clause):
        return None
    places, held = s.figs[r.pos - 2], s.figs[r.pos - 1]
    if not all(f.is_level and not f.is_baseline and f.claim.kind == "count" for f in (places, held)):
        return None
    if places.claim.unit == held.claim.unit or len({places.group, held.group, r.group}) > 1:
        return None
    named = any(n.endswith(lx.PLACE_NAMES) for n in places.names if n)
    return (held, places) if named else None


def _plan_actual(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """计划建设高标准农田12.5万亩,实际建成11.86万亩,完成率94.9%; 调整预算为229.26亿元,实际支出215.73亿元,预算
    执行率94.1%: (the figure done, the plan) of a rate of completion, the plan stated right before the figure done,
    both in the rate's clause group."""
    if not _PLAN_RATE.search(r.clause):
        return None
    if r.pos >= 2:
        done, plan = s.figs[r.pos - 2], s.figs[r.pos - 1]
        # 柳塘市2.88亿美元(目标5亿美元),完成率57.6%: the plan in brackets right after what was done
        if (
            plan.paren
            and _BRACKET_PLAN.search(plan.clause)
            and done.is_level
            and not done.paren
            and not done.is_baseline
            and compatible(done, plan)
            and len({done.group, plan.group, r.group}) == 1
        ):
            return done, plan
    pair = _two_before(s, r)
    if pair is None or not compatible(*pair):
        return None
    plan, done = pair
    if _ACTUAL.search(done.clause) and _PLAN_SAID.search(plan.clause) and not _PLAN_SAID.search(done.clause):
        return done, plan
    # 筹集保障性租赁住房620套,年度目标任务为600套,完成率103.3%: what was done, then the plan it is of
    if _PLAN_SAID.search(done.clause) and _TARGET_AFTER.search(done.clause) and not _PLAN_SAID.search(plan.clause):
        return plan, done
    return None


# 存栏8.15万头,为省下达正常保有量7.9万头的103.2%: a figure over another its clause names
_OF_FIGURE = regex.compile(r"\s*[,，]\s*(?:为|是|相当于|达到)(?:(?![占比较])\p{Han}){2,12}")
_OF_EARLIER = regex.compile(
    r"(?:为|是|相当于|恢复至|恢复到|恢复为|达到)\s*(?:\d{4}年|上年|去年|上一年)(?:同期|全年)?[(（]?$"
)


def _of_earlier(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """全年旅客吞吐量3186.42万人次,恢复至2019年同期(2926.01万人次)的108.9%; 为上年同期2926.01万人次的108.9%:
    (the figure now, the earlier one) of a rate of the figure over an earlier value of it, or over another figure
    (为正常保有量7.9万头的103.2%), stated in the rate's phrase."""
    if r.pos < 2 or r.claim.unit != "%":
        return None
    base = s.figs[r.pos - 1]
    if not base.is_level or not _OF_THE.fullmatch(s.between(base.claim.end, r.claim.start)):
        return None
    said = s.between(s.figs[r.pos - 2].claim.end, base.claim.start)
    if not _OF_EARLIER.search(said) and not _OF_FIGURE.fullmatch(said):
        return None
    now = next(
        (
            f
            for f in reversed(s.figs[: base.pos])
            if f.is_level and not f.is_baseline and not f.paren and same_measure(f, base) and f.group == r.group
        ),
        None,
    )
    return (now, base) if now is not None else None


_OF_THE = regex.compile(r"\s*[)）]?\s*的\s*")


def _due_paid(s: Sentence, r: Fig) -> tuple[Fig, Fig] | None:
    """应收水费14.86亿元,实收14.63亿元,回收率98.5%; 应种6214人,实种6187人,接种率…: (what was done, what was due)
    of a rate right after the two, in its clause group, the first named 应…, the second 实…."""
    pair = _two_before(s, r) if r.is_rate else None
    if pair is None or not same_measure(*pair):
        return None
    due, done = pair
    if _ANY_DIGIT.search(s.between(done.claim.end, r.claim.start)):
        return None  # 应到 | 实到 | 满意 | 基本满意 | 满意率: other cells, which the claims may not show, between
    if _DUE.match(due.clause) and _DONE_OF_DUE.match(done.clause):
        return done, due
    # 乙肝疫苗首剂 | 6214 | 6187 | 99.57 under 应种人数 | 实种人数 | 接种率: the row's name, then the columns'
    a, b = due.claim.subject or "", done.claim.subject or ""
    row = shared_start(a, b)
    if row and _CELLS.search(r.lead) and _DUE.match(a[row:]) and _DONE_OF_DUE.match(b[row:]):
        return done, due
    return None


_ANY_DIGIT = regex.compile(r"\d")
# 应收水费, 应种人数, 电梯应检, 小反刍兽疫应免, 禽流感应免 (not 应急, 应用, 供应, 响应, 感应)
_DUE = regex.compile(  # (1. 企业应报, 全县三类经营主体合计应报: past a list marker, and a longer name)
    r"^\s*(?:\d{1,2}[.、．]\s*|[(（][一二三四五六七八九十\d]{1,3}[)）])?(?:全年|本年|当年|年度|累计)?\p{Han}{0,12}?"
    r"(?:(?<![供响相适反回答顺对效感])应(?!急|用|对|当|该)\p{Han}|应[免种检收缴征])"
)
# 实收, 实种, 已检 (not 实施, 实现, 已经)
_DONE_OF_DUE = regex.compile(r"^[,，、]?\s*(?:实际|实|已)(?!施|现|行|经|有|达|超)\p{Han}")
_TARGET_AFTER = regex.compile(r"(?:目标|计划)(?:任务)?(?:数)?(?:为|是)$")
_BRACKET_PLAN = regex.compile(r"[(（]\s*(?:年度)?(?:目标|计划)(?:任务)?(?:数)?(?:为|是)?\s*$")  # 年度目标任务为600套


# …63件,分别占60.8%、27.2%和12.0%; …,分别占诉求总量的62.49%、…
def _names_then_shares(doc: Doc, r: Fig, rates: list[Fig], parent: dict[Fig, Fig]) -> dict[Fig, Share | None] | None:
    """耕地A,园地B,林地C…。耕地、林地分别占土地总面积的a、b: names joined by 、 before 分别占, each of one figure
    so named in the sentence or the two before it (its paragraph), each rate of its figure over the whole named."""
    m = _NAMES_RESPECTIVE.search(r.clause) or _NAMES_SHARE_RESPECTIVE.search(r.clause)
    if m is None:
        return None
    names = [x for x in _NAME_SEP.split(m["names"]) if x]
    if len(names) != len(rates):
        return None
    # 数字技术应用业、数字产品制造业增加值占核心产业增加值的: the measure the last name and the whole end with is
    # each name's
    tail = shared_end(names[-1], m["whole"])
    measure = tail if len(tail) >= 2 and len(names[-1]) - len(tail) >= 2 else ""
    s = r.sent
    pool = [f for f in s.figs[: r.pos] if f.is_level and not f.is_baseline and not f.paren]
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        # (a sentence that runs on from the line the one before ends on is of its paragraph, however that opened)
        if t.para == s.para or (t.index == s.index - 1 and t.end == s.start and t.section == s.section):
            pool = [*(f for f in t.figs if f.is_level and not f.is_baseline and not f.paren), *pool]
    parts = []
    for name in names:
        got = [f for f in pool if any(_named_with(n, name, measure) for n in f.names if n)]
        if len(got) != 1:
            return None
        parts.append(got[0])
    if not all(compatible(p, parts[0]) for p in parts):
        return None
    whole, firm = _named_whole(doc, r, parts[0], m["whole"], parent)
    if whole is None or whole in parts:
        return None
    firm = firm or all(parent.get(p) is whole for p in parts)  # the whole of the list the parts are listed in
    tie = f"the whole named {m['whole']}"
    return {rate: Share(rate, part, whole, tie, firm) for rate, part in zip(rates, parts, strict=True)}


def _named_with(own: str, name: str, measure: str) -> bool:
    """A figure's name is the listed name, or it with the end of the measure said once after the last name
    (人工生态环境补水量 of 人工生态环境补水 in 农业、…和人工生态环境补水用水量)."""
    core = name.removesuffix(measure) if measure and len(name) - len(measure) >= 2 else name
    rest = own[len(core) :] if own.startswith(core) else None
    return own == name or (rest is not None and len(rest) >= 1 and measure.endswith(rest))


# 耕地、林地和城镇村及工矿用地分别占土地总面积的: the names, and the whole named after 占
_NAMES_RESPECTIVE = regex.compile(
    r"(?:^|[,，;；。])\s*(?P<names>\p{Han}{1,14}(?:、\p{Han}{1,14})+(?:和\p{Han}{1,14})?)分别占(?P<whole>\p{Han}{2,12})的"
    r"(?:比重|比例)?(?:为|是)?\s*$"
)
# 数字技术应用业、数字产品制造业增加值占核心产业增加值的比重分别为: the names, then the whole, then 分别
_NAMES_SHARE_RESPECTIVE = regex.compile(
    r"(?:^|[,，;；。])\s*(?P<names>\p{Han}{1,14}(?:、\p{Han}{1,14})+(?:和\p{Han}{1,14})?)占(?P<whole>\p{Han}{2,12})的"
    r"(?:比重|比例)分别(?:为|是)\s*$"
)
_NAME_SEP = regex.compile(r"、|和(?=[^、]*$)")


# 分别占60.8%、…; 分别占总量的…; 占比分别为4.4%、…: the shares of the figures right before them, in order
_SHARES_AFTER = regex.compile(
    r"^[\s,，]*(?:分别占(?:比|[^,，;；]{1,12}?的(?:比重|比例)?)?|所?(?:占比|比重)分别"
    r"|占[^,，;；]{1,12}?的(?:比重|比例)分别)(?:为|是)?\s*$"  # 占营业收入的比重分别为
)


def _respective_shares(doc: Doc, s: Sentence, parent: dict[Fig, Fig]) -> dict[Fig, Share | _Pending | None]:
    """小学、初中随迁子女在校生分别为5126人、1903人,占在校生的11.7%和9.3%: the shares go in order with the parts
    listed with 分别, each over the whole of its own kind (小学在校生, 初中在校生) stated before. Every rate of
    such a run maps to its share, or to None when the wholes are not all found: then there is no check."""
    out: dict[Fig, Share | _Pending | None] = {}
    figs = s.figs
    k = 0
    while k < len(figs):
        r = figs[k]
        if not (r.is_rate and SHARE_CUE.search(r.clause)):
            k += 1
            continue
        rates = [r]
        while k + len(rates) < len(figs):
            nxt = figs[k + len(rates)]
            if not (nxt.is_rate and _JOINER.fullmatch(nxt.lead)):
                break
            rates.append(nxt)
        k += len(rates)
        parts = figs[max(0, r.pos - len(rates)) : r.pos]
        if len(rates) >= 2 and (named_run := _names_then_shares(doc, r, rates, parent)) is not None:
            out.update(named_run)  # 耕地、林地、园地分别占土地总面积的a、b、c
            continue
        if len(rates) < 2 or len(parts) != len(rates) or not all(p.is_level for p in parts):
            continue
        if _SHARES_AFTER.match(r.clause) and all(same_measure(p, parts[0]) for p in parts):
            # 已经解决的318件,列入计划的142件,作为参考的63件,分别占60.8%、27.2%和12.0%: the k-th share is of the
            # k-th figure before the run, over the whole they are listed of, or else their chapter's headline total
            ups = {parent.get(p) for p in parts}
            up = ups.pop() if len(ups) == 1 else None
            said = SHARE_WHOLE.search(r.clause)
            named = said.group("whole") if said else ""
            firm = True
            # 可再生能源装机 of 可再生能源发电装机: the whole the list is of, named with a word left out
            close = up is not None and any(common_run(core(named), n) >= 4 for n in up.names if n)
            # 受理审查起诉6538人 is no whole of shares 占起诉总人数的: the intake, not what was prosecuted
            intake = up is not None and _intake_named(up) and not INTAKE.search(named)
            # 已落实去向毕业生4671人…分别占毕业生总数的: the total named is of them all, not of those placed
            done = up is not None and TOTAL_NAMED.search(named) is not None and (
                up.label.startswith("已") or _outcome_named(up)
            )
            other = up is None or intake or done or not names_match(named, up, whole=True)
            if named and core(named) and not close and other:
                # 电力总装机A,其中可再生能源装机B。分类型看,光伏C,…,分别占可再生能源装机的…: the whole they name
                up, firm = _named_whole(doc, r, parts[0], named, parent, loose=True)
                if up is None:
                    continue
            for rate, part in zip(rates, parts, strict=True):
                out[rate] = Share(rate, part, up, LISTED_TIE, firm) if up is not None else _Pending(rate, part)
            continue
        said = SHARE_WHOLE.search(r.clause)
        generic = said is not None and (
            _GENERIC_WHOLE.fullmatch(said.group("whole")) or _TOTAL_OF.fullmatch(said.group("whole"))
        )
        if _SHARES_AFTER.match(r.clause) and generic:
            # 道路运输领域事故14起、死亡10人,分别占全区总数的73.7%和76.9%: one item in two measures, each share of
            # the total of its own measure (the list's whole, or else the chapter's headline), never for sure
            own = [
                (p, w)
                for p in parts
                if (w := parent.get(p) or _headline(doc, s, [p]) or _larger_before(doc, s, p)) and compatible(w, p)
            ]
            if len(own) == len(parts):
                for rate, (part, w) in zip(rates, own, strict=True):
                    out[rate] = Share(rate, part, w, "the total of its own measure", False)
            continue
        if not RESPECTIVE_END.search(parts[0].clause) or not all(_JOINER.fullmatch(p.lead) for p in parts[1:]):
            continue
        m = SHARE_WHOLE.search(r.clause)
        named = m.group("whole") if m else ""
        said = s.between(s.start, parts[0].claim.start)
        said = regex.split(r"[,，;；:：]", said)[-1]
        kinds = [x for x in _KIND_SEP.split(RESPECTIVE_END.sub("", said)) if x]
        if len(kinds) == len(parts) and len({len(x) for x in kinds[:-1]}) == 1:
            kinds[-1] = kinds[-1][: len(kinds[0])]  # 小学、初中随迁子女在校生: the kinds are 小学 and 初中
        wholes = [_kind_whole(doc, parts[0], p, named, kind) for p, kind in zip(parts, kinds, strict=False)]
        ok = len(kinds) == len(parts) and len(set(wholes)) == len(wholes) and all(x is not None for x in wholes)
        for j, rate in enumerate(rates):
            # 质量问题、售后服务分别为A件、B件,分别占投诉总量的a%和b%: kinds with no whole of their own; the whole
            # named for them all is too loose a tie to pair here
            w = wholes[j] if ok else None
            out[rate] = Share(rate, parts[j], w, "the whole of its own kind", True) if w is not None else None
    return out


# 全年受理审查起诉, 受理审查逮捕: a figure named as what came in to be reviewed, at the name's start (after a time)
_INTAKE_NAME = regex.compile(r"^(?:全年|本年|年内|今年|上半年)?(?:共|依法)?(?:受理|收到|新收|接收)")


def _intake_named(w: Fig) -> bool:
    """Whether `w` is named as an intake (受理审查起诉4726件6538人: the second figure of a pair by the first's name)."""
    f = w
    while f.pos and not (f.names and f.names[0]):
        before = f.sent.figs[f.pos - 1]
        if f.sent.between(before.claim.end, f.claim.start):
            break
        f = before
    return bool(f.names) and _INTAKE_NAME.search(f.names[0]) is not None

_QUOTIENT = regex.compile(r"^(?P<a>\p{Han}{2,12})[/／](?P<b>\p{Han}{2,12})$")  # 净资本/净资产


def _quotient_named(doc: Doc, r: Fig) -> Share | None:
    """净资本118.65亿元,…,净资本/净资产为77.87%: a rate named as one measure over another, over the figures so
    named last before it in its paragraph (this sentence or the one before)."""
    m = _QUOTIENT.match(rate_name(r))
    if m is None:
        return None
    s = r.sent
    prev = doc.sentences[s.index - 1] if s.index and doc.sentences[s.index - 1].para == s.para else None
    before = [*reversed(s.figs[: r.pos]), *(reversed(prev.figs) if prev is not None else ())]
    levels = [f for f in before if f.is_level and not f.is_baseline and not f.paren]

    def named(word: str) -> Fig | None:
        c = core(word)
        return next((f for f in levels if any(n and (n == c or n.endswith(c)) for n in f.names)), None)

    a, b = named(m["a"]), named(m["b"])
    if a is None or b is None or a is b or not compatible(a, b):
        return None
    return Share(r, a, b, f"{m['a']} over {m['b']}, as the rate's name says", True)


def _respective_targets(s: Sentence) -> dict[Fig, Share | _Pending | None]:
    """再就业612人、就业困难人员就业187人,分别完成区下达任务480人、150人的127.5%和124.7%: the k-th rate is the k-th
    figure done over the k-th target."""
    out: dict[Fig, Share | _Pending | None] = {}
    for r in s.figs:
        if not r.is_rate or not OF_END.fullmatch(r.lead) or (runs := _two_runs_before(s, r)) is None:
            continue
        rates, done, targets = runs
        if not TARGET_CLAUSE.search(targets[0].clause.removeprefix("分别")):
            continue
        if not all(_JOINER.fullmatch(t.lead) for t in targets[1:]):
            continue
        for rate, d, t in zip(rates, done, targets, strict=True):
            out[rate] = Share(rate, d, t, "the target it is stated of, in order", True)
    out.update(_respective_runs(s))
    return out


def _two_runs_before(s: Sentence, r: Fig) -> tuple[list[Fig], list[Fig], list[Fig]] | None:
    """The run of two or more rates `r` opens (joined by 、, 和) and the two runs of as many levels right before it,
    the earlier run first, each figure in them a level compatible with its match in the other; None when not so."""
    figs = s.figs
    k = r.pos
    if k and figs[k - 1].is_rate:
        return None
    rates = [r]
    while k + len(rates) < len(figs) and (g := figs[k + len(rates)]).is_rate and _JOINER.fullmatch(g.lead):
        rates.append(g)
    n = len(rates)
    earlier, later = figs[max(0, k - 2 * n) : max(0, k - n)], figs[max(0, k - n) : k]
    if n < 2 or len(earlier) != n or len(later) != n:
        return None
    if not all(a.is_level and b.is_level and compatible(a, b) for a, b in zip(earlier, later, strict=True)):
        return None
    return rates, earlier, later


_RATES_RESPECTIVE = regex.compile(r"率\s*分别(?:为|是|达到?)\s*$")
_PLAN_RESPECTIVE = regex.compile(rf"(?:{alternation(lx.PLAN_NOUNS)})[^,，;；。]{{0,4}}分别(?:为|是)\s*$")
_DONE_RESPECTIVE = regex.compile(r"分别(?:完成|实现|达到)\s*$")
_RATE_STEM = regex.compile(r"(?P<stem>\p{Han}{2})率\s*分别(?:为|是|达到?)\s*$")


def _respective_runs(s: Sentence) -> dict[Fig, Share | _Pending | None]:
    """东城区、高新区年度目标分别为12000人、8000人,1—9月分别完成10344人、6680人,完成率分别为86.2%、83.5%: three
    runs as long, the targets, what was done of them and the rates, the k-th of each together."""
    out: dict[Fig, Share | _Pending | None] = {}
    for r in s.figs:
        if not r.is_rate or not _RATES_RESPECTIVE.search(r.clause) or (runs := _two_runs_before(s, r)) is None:
            continue
        rates, targets, done = runs
        planned = _DONE_RESPECTIVE.search(done[0].clause) and _PLAN_RESPECTIVE.search(targets[0].clause)
        # 四县分别下发图斑68个、54个…,已整改分别为66个、49个…,整改率分别为97.1%、90.7%…: what the rate's name
        # says was done, of what the run before counts
        deed = _RATE_STEM.search(r.clause)
        done_said = (
            deed is not None
            and deed["stem"] in done[0].clause
            and deed["stem"] not in targets[0].clause
            and "分别" in done[0].clause
            and "分别" in targets[0].clause
        )
        if not (planned or done_said):
            continue
        if not all(_JOINER.fullmatch(f.lead) for f in (*done[1:], *targets[1:])):
            continue
        tie = "the target it is stated of, in order" if planned else "what the run before counts, in order"
        for rate, d, t in zip(rates, done, targets, strict=True):
            out[rate] = Share(rate, d, t, tie, True)
    return out


def _kind_whole(doc: Doc, first: Fig, part: Fig, named: str, kind: str) -> Fig | None:
    """The nearest figure before the list `first` opens, named `named`, whose clause group up to it names `kind`
    (小学…在校生) and that `part` may be of."""
    if not named or len(kind) == 1:
        return None
    s = part.sent
    cands = list(reversed(s.figs[: first.pos]))
    for t in reversed(doc.sentences[max(0, s.index - _NEAR_REACH) : s.index]):
        cands += reversed(t.figs)
    for w in cands:
        if not w.is_level or w.is_baseline or not compatible(w, part) or not names_match(named, w, whole=True):
            continue
        t = w.sent
        group = regex.split(r"[;；]", t.between(t.start, w.claim.start))[-1]
        if kind in group:
            return w
    return None


def _ending(name: str, words: Sequence[str]) -> str | None:
    """The row a cell's subject names, when the subject ends with one of the column names `words`."""
    for w in words:
        if name.endswith(w) and len(name) > len(w):
            return name[: -len(w)].rstrip("（(%％")
    return None


def _row_rate(doc: Doc, s: Sentence, r: Fig) -> Share | None:
    """A table row's rate of completion (项目 预算数 执行数 完成%): the row's done figure over its budget, both
    on the rate's own line and named for the same row."""
    subject = (r.claim.subject or "").rstrip("（(%％)）的")  # 完成目标的%: the column's name without its 的
    row = _ending(subject, lx.ROW_DONE_RATE)
    if row is None and subject in lx.ROW_DONE_RATE:
        row = ""  # 合计 | 80.0 | 86.7 | 108.4: the total row's cells are named by their column alone
    if row and (bare := _ending(row, lx.ROW_DONE)) is not None:
        row = bare  # 调整预算数 | 决算数 | 决算数为调整预算%: the rate's column names the column done too
    if "\n" in r.lead:
        return None
    if row is None:
        return _row_named_rate(doc, s, r)
    planned = done = None
    for f in reversed(s.figs[: r.pos]):
        if not f.is_level or f.paren:
            break
        name = f.claim.subject or ""
        # the column, after the row's name: 执行数, 完成投资; 预算数, 年度计划
        column = name[len(row) :] if name.startswith(row) else ""
        # 年度目标 | 一季度完成 | 完成进度: the cell right before the rate, its column named by a period only
        if done is None and (
            _ending(name, lx.ROW_DONE) == row or _DONE_COLUMN.search(column) or (name == row and f.pos == r.pos - 1)
        ):
            done = f
        elif planned is None and (
            _ending(name, lx.ROW_PLANNED) == row or _PLAN_COLUMN.search(column) or column.endswith(_PLAN_ENDS)
        ):  # 招生计划 | 实际录取 | 计划完成率: a plan named for what is planned
            planned = f
        if "\n" in f.lead:
            break  # the row's first cell
    if planned is not None and done is not None and compatible(planned, done):
        return Share(r, done, planned, "the budget in its row", True)
    return _row_named_rate(doc, s, r)


_PLAN_COLUMN = regex.compile(rf"^(?:年度|全年|调整后?|年初)?(?:{alternation(lx.PLAN_NOUNS)})")
_DONE_COLUMN = regex.compile(r"^(?:实际|支出)?(?:完成|执行|实际|决算)")  # 支出决算 beside 年初预算
_PLAN_ENDS = ("计划", "计划数", "预算", "目标")


_NEW_CASES = regex.compile(r"^新收|^新受理")
_ON_HAND = regex.compile(r"^(?:合计)?(?:受理|收案)")


def _row_named_rate(doc: Doc, s: Sentence, r: Fig) -> Share | None:
    """A table row's rate named for another of its columns (受理投诉 解决 解决率: 东城区 3218 3105 96.5): that
    column's cell over the row's intake cell (a column named 受理, 收到…), all on the rate's line."""
    name = r.claim.subject or ""
    if not name.endswith(("率", "比例")) or "\n" in r.lead or (r.is_baseline and not _CELLS.search(r.lead)):
        return None  # 调解成功率71.6%,比上年的69.3%提高: last year's rate is of last year's counts
    line: list[Fig] = []
    for f in reversed(s.figs[: r.pos]):
        line.insert(0, f)
        if "\n" in f.lead or f.pos == 0:
            break
    if (added := _added_column(s, r, line)) is not None:
        return added
    if not name.endswith("率"):
        return None
    if (defined := _defined_rate(doc, r, name, line)) is not None:
        return defined
    numerator = next((f for f in line if f.is_level and (f.claim.subject or "") + "率" == name), None)
    cells = bool(line) and bool(_CELLS.search(s.between(line[0].claim.start, r.claim.start)))
    if numerator is None and cells:  # 受理 审结 结案率: the column the rate's name stands for (结案 of 审结)
        numerator = next((f for f in line if f.is_level and _column_counts(name, f.claim.subject or "")), None)
    if numerator is None:
        return None
    own = numerator.claim.subject or ""
    for g in line:
        if g is numerator or not g.is_level:
            continue
        other = g.claim.subject or ""
        # 床位数 | 入住人数 | 床位入住率: the column the rate's name opens with, however unlike what it counts
        k = next((i for i, (a, b) in enumerate(zip(own, other, strict=False)) if a != b), 0)  # the row's name
        rest, stem = _AMOUNT_END.sub("", other[k:]), name[k:-1]
        if cells and len(rest) >= 2 and stem.startswith(rest) and _column_counts(name, own):
            return Share(r, numerator, g, "the column its rate's name opens with", True)
        if not countable(g, numerator):
            continue
        k = next((i for i, (a, b) in enumerate(zip(own, other, strict=False)) if a != b), min(len(own), len(other)))
        bare_row = cells and k == 0 and len(own) <= 4 and len(other) <= 4  # 合计 7300 6962 95.37: by column only
        if (k >= 2 or bare_row) and INTAKE.search(other[k:]):
            later = [h for h in line if g.pos < h.pos < numerator.pos and h.is_level and countable(h, numerator)]
            if _NEW_CASES.search(other[k:]) and any(_ON_HAND.search((h.claim.subject or "")[k:]) for h in later):
                continue  # 旧存 | 新收 | 受理 | 结案 | 结案率: of the cases on hand, not the new ones
            return Share(r, numerator, g, "the intake in its row", True)
        # 问题数 | 已整改 | 整改率: the row's first count, its column named as a count of all, is the base
        if cells and g is line[0] and g.claim.value >= numerator.claim.value and _COUNT_COLUMN.search(other[k:]):
            return Share(r, numerator, g, "the count of all in its row", True)
    first = line[0]
    if cells and first is not numerator and first.is_level and countable(first, numerator) and line[1] is numerator:
        # 一审审结 | 败诉 | 败诉率: the row's first count, right before the rate's own, is likely its base
        return Share(r, numerator, first, "the first count of its row", False)
    return None



def _defined_rate(doc: Doc, r: Fig, name: str, line: list[Fig]) -> Share | None:
    """审结数 | 纠错数 | 纠错率 under 注: 纠错率=纠错数÷审结数×100%: the row's cells the text's own formula names."""
    formula = next((v for k, v in doc.formulas.items() if name.endswith(k)), None)
    if formula is None:
        return None

    def cell(words: str) -> Fig | None:
        bare = words.removesuffix("数")
        hits = [f for f in line if f.is_level and (f.claim.subject or "").endswith((words, bare))]
        return hits[0] if len(hits) == 1 else None

    part, whole = cell(formula[0]), cell(formula[1])
    if part is None or whole is None or part is whole or not countable(part, whole):
        return None
    return Share(r, part, whole, "the formula the text states", True)


def _added_column(s: Sentence, r: Fig, line: list[Fig]) -> Share | None:
    """断面数 | 优良断面数 | 优良比例: a rate column named for what a count column adds to another's name is the one
    column over the other, on each row (玉城区 4 4 100) and on the total row (合计 28 25 89.3)."""
    between = s.between(line[0].claim.start, r.claim.start) if line else ""
    if not line or not (_CELLS.search(between) or _BARE_CELLS.fullmatch(between)):
        return None
    names = [_TOTAL_ROW_END.sub("", f.claim.subject or "") for f in (*line, r)]
    row = names[0]
    for n in names[1:]:  # the row's name all the cells' names open with
        row = row[: next((i for i, (a, b) in enumerate(zip(row, n, strict=False)) if a != b), min(len(row), len(n)))]
    rate = names[-1][len(row) :]
    stem = rate.removesuffix("比例").removesuffix("率") if rate.endswith(("比例", "率")) else ""
    if not stem or stem == rate:
        return None
    cols = {f: n[len(row) :] for f, n in zip(line, names, strict=False)}
    for f, col in cols.items():
        if not f.is_level or not col.startswith(stem) or len(col) <= len(stem):
            continue
        base = next((g for g, c in cols.items() if g is not f and g.is_level and c == col[len(stem) :]), None)
        if base is not None and countable(base, f):
            return Share(r, f, base, "the column its rate's name adds to", True)
    return None


_BARE_CELLS = regex.compile(r"[\d.,]+(?: [\d.,]+)* ")  # 4 4 100: bare numbers set apart by single spaces
_TOTAL_ROW_END = regex.compile(r"(?:合计|总计|小计)$")  # 优良比例合计: the total row's cell, named by its column

_COUNT_COLUMN = regex.compile(r"(?:总数|总量|数量|个数|件数|户数|人数|问题数|合计|总计|单量|受理量|问题金额|总金额)$")
_MEASURED = regex.compile(r"(?:数量|件数|数|量)$")
_AMOUNT_END = regex.compile(r"(?:金额|数量|件数|人数|人次|户数|个数|数|量|额)$")


_CELLS = regex.compile(r"\t|[|｜]|[ \u3000]{2,}")  # a table row's cells, not a sentence's clauses


def _column_counts(rate: str, own: str) -> bool:
    """Whether a row's cell named `own` (东区法院审结) counts what its rate named `rate` (东区法院结案率) counts."""
    if len(own) > 2 and _MEASURED.sub("", own) == rate[:-1]:
        return True  # 工单量 | 办结量 | 办结率: the column counts what the rate is named for
    k = next((i for i, (a, b) in enumerate(zip(rate, own, strict=False)) if a != b), min(len(rate), len(own)))
    stem, column = rate[k:-1], own[k:]
    column = _AMOUNT_END.sub("", column.removeprefix("已"))  # 问题数 | 已整改 | 整改率; 已整改金额
    if stem.startswith(lx.RATE_QUALIFIERS) and not column.startswith(lx.RATE_QUALIFIERS):
        return False  # 结案数 | 按期结案率: a rate of those closed in time counts some of the column, not all of it
    return bool(stem and column) and (
        column == stem
        or any(stem.endswith(key) and column in words for key, words in lx.RATE_NUMERATORS)
        # 床位数 | 入住人数 | 床位入住率: the rate names its base's column, then what it counts of it
        or (len(column) >= 2 and len(stem) > len(column) and stem.endswith(column))
    )


def _adopt(doc: Doc, s: Sentence, orphans: list[tuple[Fig, Fig]], beside: list[Share]) -> list[Share]:
    """Rates with a numerator but no base near it: the base of a named rate beside them in the sentence
    (纠错率…, 调解率…: one base), else an intake total in the sentence right before, else the figure
    that leads the run "N, numerator, rate" (提出建议536条,被采纳505条,采纳率94.2%). Not firm: the text
    does not say so outright, so a miss is unverifiable."""
    out = []
    prev = doc.sentences[s.index - 1] if s.index else None
    for r, numerator in orphans:
        whole = next((sh.whole for sh in beside if sh.rate.group == r.group and countable(sh.whole, numerator)), None)
        tie = "the base of the rate beside it"
        alts: tuple[Fig, ...] = ()
        if whole is None:
            # 审结271件,调解和解…;作出纠错决定26件,纠错率9.6%: what became of the cases closed is of them, over an
            # intake in the sentence before (which stays allowed)
            whole = _closed_before(numerator)
            tie = "the cases closed stated before it"
        if prev is not None and s.joined:
            # (流转办理9.27万件…已办结28.39万件,办结率99.1%: a rate of at most all is of no base below its numerator)
            intake = next(
                (
                    w
                    for w in reversed(prev.mains)
                    if is_base(w)
                    and countable(w, numerator)
                    and (w.claim.value >= numerator.claim.value or r.claim.value > 100)
                ),
                None,
            )
            if whole is None:
                whole, tie = intake, "the total of the sentence before"
            elif intake is not None and tie.startswith("the cases closed"):
                alts = (intake,)
        if whole is None:
            whole = _leading(s, numerator, r)
            tie = "the figure stated right before its numerator"
        if whole is None:  # 纠错率…；败诉4起,败诉率…: a rate of another group beside it, as a last resort
            whole = next((sh.whole for sh in beside if countable(sh.whole, numerator)), None)
            tie = "the base of a rate beside it"
        if whole is not None and whole is not numerator:
            out.append(Share(r, numerator, whole, tie, False, alts=alts))
    return out


def _closed_before(numerator: Fig) -> Fig | None:
    """The count of cases closed (审结, 办结) stated before an outcome in its sentence, of its measure and no
    smaller."""
    return next(
        (
            w
            for w in reversed(numerator.sent.figs[: numerator.pos])
            if w.is_level
            and not w.is_baseline
            and not w.paren
            and _closed(w, numerator)
            and countable(w, numerator)
            and w.claim.value >= numerator.claim.value
        ),
        None,
    )


def _closed(w: Fig, numerator: Fig) -> bool:
    """A count named as the cases closed (审结, 以上审结案件合计), which what became of them is out of; not when the
    numerator is named so too (办结率 of 办结)."""
    return bool(STATUS_DONE.search(_DONE_HEAD.sub("", label_of(w))[:4])) and not STATUS_DONE.match(
        label_of(numerator)
    )


_DONE_HEAD = regex.compile(r"^(?:以上|上述|全年|共|已)+")


def _named_both(doc: Doc, r: Fig) -> Share | None:
    """猪肉产量占肉类总产量的比重为71.5% in a sentence with no figure before it: the part and the whole it names,
    each stated in the sentences before it in its paragraph."""
    m = SHARE_WHOLE.search(r.clause)
    if m is None:
        return None
    own = EDGE_FILLER.sub("", SHARE_CUE.split(r.clause, maxsplit=1)[0])
    whole_name = m.group("whole").strip()
    s = r.sent
    # 公司贷款仍是信贷投放主体,占各项贷款的63.64%: the share's clause names nothing; the sentence opens on the part
    opening = "" if len(own) >= 2 else CLAUSE_MARK.split(s.text.lstrip(), maxsplit=1)[0]
    if (len(own) < 2 and not opening) or len(whole_name) < 2:
        return None
    part = whole = None
    # 专升本人数占毕业生总数的: the part named by the count of it (专升本681人)
    bare = _COUNTED_END.sub("", own) if len(own) >= 4 else own
    for t in reversed(doc.sentences[max(0, s.index - 3) : s.index]):
        if t.section != s.section or t.para != s.para:
            break
        for f in reversed(t.figs):
            if not f.is_level or f.is_baseline or f.paren:
                continue
            names = [n for n in f.names if n]
            if part is None and (
                any(n.endswith(own) or (len(bare) >= 2 and n == bare) for n in names)
                if not opening
                else any(len(n) >= 3 and opening.startswith(n) and n != opening for n in names)
            ):
                part = f
            elif part is None and not opening and any(_drops_whole_word(own, n, whole_name) for n in names):
                part = f  # 专职科普人员4.58万人。专职人员占全部科普人员的14.6%: the part named without the whole's word
            elif part is None and (kind := _KIND_HEAD.match(own or opening)) and any(
                n.startswith(kind.group("kind")) for n in names
            ):
                part = f  # 建设工程施工合同纠纷612件…。建设工程类案件…占受理总数的26.4%: the kind named by its head
            elif whole is None and any(_STOCK_TAIL.sub("", n).endswith(whole_name) for n in names):
                whole = f  # 各项贷款余额 of 占各项贷款的
    far = False
    if part is not None and whole is None:
        # 离退休人员74849名。离退休人员占党员总数的35.0%: a whole named as the text's total, chapters before
        earlier = [
            w
            for t in reversed(doc.sentences[max(0, s.index - _FAR_REACH) : s.index])
            for w in reversed(t.mains)
            if w is not part and compatible(w, part) and w.claim.value > part.claim.value
        ]
        # the figure that bears the very name, else one named by its core (受理仲裁案件 of 受理总数); of several
        # bearing it, the one whose words before the name open the part's too (全体居民人均可支配收入 for
        # 全体居民人均工资性收入 占可支配收入的, not 农村常住居民人均可支配收入)
        bearing = [w for w in earlier if any(_STOCK_TAIL.sub("", n).endswith(whole_name) for n in w.names if n)]
        shaped = [w for w in bearing if any(_shares_qualifier(whole_name, n, part) for n in w.names if n)]
        # of those named by the core, one that bears just the core (科普人员 for 全部科普人员, not 兼职科普人员)
        cored = [w for w in earlier if core(whole_name) != whole_name and names_match(whole_name, w, whole=True)]
        just = [w for w in cored if any(core(n) == core(whole_name) for n in w.names if n)]
        whole = next(iter(shaped or bearing or just or cored), None)
        far = True
    if part is None or whole is None or part is whole or not compatible(part, whole):
        return None
    return Share(r, part, whole, "the part and the whole it names, stated before it", not far)


def _drops_whole_word(own: str, name: str, whole: str) -> bool:
    """专职人员 of 专职科普人员 in a share of 全部科普人员: the name with the word of the whole it is of left out
    of its middle, two characters or more on each side."""
    for k in range(2, len(own) - 1):
        head, tail = own[:k], own[k:]
        middle = name[k : len(name) - len(tail)]
        if name.startswith(head) and name.endswith(tail) and len(middle) >= 2 and middle in whole:
            return True
    return False


_STOCK_TAIL = regex.compile(r"(?:余额|总额)$")
_COUNTED_END = regex.compile(r"(?:人数|户数|件数|个数|数量)$")  # 专升本人数: the count of what is named before
_KIND_HEAD = regex.compile(r"^(?P<kind>\p{Han}{2,6}?)类")  # 建设工程类案件: the kind's head, 建设工程
_SUPERLATIVE = regex.compile(r"最高|最低|最大|最小|最多|最少")
_OF_THEM = regex.compile(r"^\s*[,，]?\s*(?:其中|内含|中有)")  # 执业律师356人,其中女律师占38.2%
_OF_THOSE = regex.compile(r"^\p{Han}{1,16}的\s*(?:占比|占)")  # 已完成整治的占72.5%: those of the count before


def _leading(s: Sentence, numerator: Fig, r: Fig) -> Fig | None:
    """The figure right before a numerator that the rate right after it follows, in one clause group:
    N件, 成功M件, 成功率r. None when anything else stands between them."""
    if numerator.pos == 0 or r.pos != numerator.pos + 1:
        return None
    w = s.figs[numerator.pos - 1]
    if PARTS_CUE.search(w.lead) and w.pos:  # 建议114条,其中…46条,被采纳108条: the list's whole, not its part
        w = s.figs[w.pos - 1]
    if w.group != numerator.group or w.paren or not w.is_level or w.is_baseline or not countable(w, numerator):
        return None
    if "、" in s.between(w.claim.end, numerator.claim.start):
        return None  # 宫颈癌筛查15.82万人、乳腺癌筛查14.37万人,筛查率: kinds of a 、-list, neither the other's base
    return w


def _share(
    doc: Doc, r: Fig, parent: dict[Fig, Fig], plus: dict[Fig, tuple[Fig, ...]]
) -> Share | _Pending | Grim | None:
    s = r.sent
    said = SHARE_WHOLE.search(r.clause)
    if said is not None and _INCREMENT.search(said.group("whole") or "") and not _COMBINED.search(r.clause):
        added = _increment_share(doc, r, said.group("whole"))
        if added is not None:
            return added
    part = next((f for f in reversed(s.figs[: r.pos]) if f.is_level and not f.is_baseline and not f.paren), None)
    if part is None:
        return _named_both(doc, r)
    if (
        part is not None
        and part.pos == r.pos - 1
        and part.group == r.group
        and part.exact_count
        and part.claim.unit not in _KIND_UNITS  # …两大类,其中前者占41.9%: of what the kinds hold, not of them
        and (_OF_THEM.match(part.tail) or _OF_THOSE.match(r.clause))
        and not _SUPERLATIVE.search(r.clause)  # 有4个,其中比重最高的长宁县达26.41%: one of them's own rate
        # 在三项基金总收入中的占比: of the amount the kinds hold together, not of the kinds
        and not _AMOUNT_HELD.search(CLAUSE_MARK.split(part.tail)[0].split("的")[0])
    ):
        # 执业律师356人,其中女律师占38.2%; 排污口386个,已完成整治的占72.5%: the share is of a part the text does not
        # count, of this whole: some k of it must give the share
        return Grim(r, part, True)
    if part is None or PARTS_CUE.search(s.between(part.claim.end, r.claim.start)):
        return None  # 执业律师356人,其中女律师占38.2%: the share is of a part the text does not count
    if _whole_inside(r) and (prev := r.sent.figs[r.pos - 1]).paren and prev.is_level and compatible(prev, part):
        # 占学校总数(2865所)的39.3%; 高技能人才占技能人才总量(56.84万人)的比重: of the part so named, if one is
        named = _INLINE_WHOLE.match(prev.clause)
        own = named["part"] if named is not None else None
        if own and not _holds(own, part):
            part = next((f for f in reversed(s.figs[: part.pos]) if f.is_level and _holds(own, f)), None)
            if part is None or not compatible(prev, part):
                return None
        return Share(r, part, prev, "the whole stated in the share", True)
    if _whole_inside(r) and r.sent.figs[r.pos - 1] is part:
        # 海外收入A,占主营业务收入B的比重达C: the whole is stated inside the share, the part before it
        inner = next(
            (f for f in reversed(s.figs[: part.pos]) if f.is_level and not f.is_baseline and not f.paren), None
        )
        if inner is None or not compatible(inner, part):
            return None
        return Share(r, inner, part, "the whole stated in the share", True)
    if _COMBINED.search(r.clause) and _list_item(part):
        return None  # 油茶、竹产业产值分别为9.2亿元、14.6亿元,占比合计57.6%: the share of the items together
    # the share's own clause may name its subject: 第三产业增加值占GDP比重 — then the part must be that
    own = SHARE_CUE.split(r.clause, maxsplit=1)[0]
    own = EDGE_FILLER.sub("", own)
    if (alike := _whole_named_alike(r, part, own)) is not None:
        return Share(r, part, alike, "the figure right before its part, named alike", False)
    if len(own) >= 2 and _list_item(part) and (part.claim.subject or "").endswith(own) and own not in part.label:
        # 省级示范村1个、市级3个、县级5个,示范村占…的百分之六十以上: the share of them all (but 费用化研发投入A、资本化
        # 研发投入B,资本化研发投入占…: the item its own words name)
        return None
    if (p := _STRETCH.match(own)) is not None and p.group() not in part.clause:
        return None  # 上半年营业收入A,占全年的45.34%;第四季度营业收入占全年的28.96%: of a quarter not stated
    if _CLASS_SPAN.search(own):
        return None  # Ⅱ类7个、Ⅲ类4个…;Ⅰ—Ⅲ类优良断面比例为91.7%: of the classes in the span together, not of one
    if len(own) >= 2 and not _holds(own, part):
        # 其中税收收入A,非税收入B;税收占比C: the part the share names stands further back in the sentence
        named_part = next(
            (
                f
                for f in reversed(s.figs[: part.pos])
                if f.is_level and not f.is_baseline and not f.paren and f.group == part.group and _holds(own, f)
            ),
            None,
        )
        whole_said = SHARE_WHOLE.search(r.clause)
        if named_part is None and whole_said is not None and part.pos == r.pos - 1 and not part.pos:
            # 数字经济增加值2846.37亿元…。全年地区生产总值6712.45亿元,数字经济增加值占GDP的比重为42.4%: the part the
            # share names, a sentence or two back, over the whole it names, stated right before it
            back = [f for f in doc.figs_before(s, 2) if f.is_level and not f.is_baseline and not f.paren]
            far = next((f for f in back if compatible(f, part) and _holds(own, f) and f is not part), None)
            named = whole_said.group("whole")
            if far is not None and core(named) and names_match(named, part, whole=True):
                firm = any(n == own for n in far.names if n)  # the part bears the very name the share gives it
                return Share(r, far, part, f"the whole named {named}, of the part named {own}", firm)
        if named_part is not None and named_part in parent and not SHARE_WHOLE.search(r.clause):
            return Share(r, named_part, parent[named_part], LISTED_TIE, True, plus=plus.get(named_part, ()))
        whole_said = SHARE_WHOLE.search(r.clause)
        if (
            named_part is not None
            and named_part in parent
            and whole_said is not None
            and (
                _GENERIC_WHOLE.fullmatch(whole_said.group("whole"))
                # 累计投入资金6.8亿元,其中…,市级财政资金占总投入的: 总 and a word of the list's whole's name
                or _total_of(whole_said.group("whole"), parent[named_part])
                # 两项合计1,500件…企业申请占全部申请的: the total the text added up, named by its sum word alone
                or (whole_said.group("whole").startswith(("全部", "所有")) and _sum_only(parent[named_part]))
            )
        ):
            # 道路运输事故52起、死亡44人,事故起数占全市总数的60.5%: the part the share names, of its list's whole
            return Share(r, named_part, parent[named_part], LISTED_TIE, True, plus=plus.get(named_part, ()))
        if named_part is not None and whole_said is not None and core(whole_said.group("whole")):
            # 在校生32486人,其中本科生24917人,硕士…,本科生占全日制在校生的76.70%: the part the share names, over the
            # whole it names
            w, firm = _named_whole(doc, r, named_part, whole_said.group("whole"), parent)
            # 审结刑事案件412件、民商事案件5368件…,民商事案件占全部结案的: a kind listed beside the part is no whole
            beside = (
                w is not None
                and w is not parent.get(named_part)  # (毕业生5862人,其中博士…、本科4326人…: the list's own whole)
                and w.sent is s
                and "、" in s.between(w.claim.end, named_part.claim.start)
            )
            if w is not None and w is not named_part and not beside:
                return Share(r, named_part, w, f"the whole named {whole_said.group('whole')}", firm)
        said = s.between(s.start, r.claim.start - len(r.clause))
        stem = _SHARE_NOUN_END.sub("", own)
        if part in parent and len(stem) >= 2 and stem in said and not SHARE_WHOLE.search(r.clause):
            # 开展专项清理,在现行有效的412件中废止A、修改B,合计C,清理比例为D: the sentence says what the listed part
            # counts (清理) before it; 41个行业中有30个行业增长,增长面为E
            return Share(r, part, parent[part], LISTED_TIE, False)
        if part in parent and not SHARE_WHOLE.search(r.clause) and (kin := _kin_named(s, part, stem, parent)):
            # 签约1839户中,选择货币补偿1243户,选择产权调换596户,货币化安置比例达68.1%: the item whose name the
            # share's own words echo, over the list's whole
            return Share(r, kin, parent[part], LISTED_TIE, True)
        if (
            part in parent
            and part.pos == r.pos - 1
            and not SHARE_WHOLE.search(r.clause)
            and not _SET_AGAINST.search(r.clause)  # 与不良贷款的比例: a ratio to another figure the share names
            and not any(_holds(own, f) for f in s.figs if f.is_level)
        ):
            if r.clause.endswith("占") and r.group != part.group:
                # 网约车驾驶员19468人;女性驾驶员占7.4%: a group named as what takes the share, none of the items;
                # 大项目163个,其中…38个;大项目中制造业项目占47.2%: some k of the whole its scope names
                scope = _IN_SCOPE.match(own)
                named = scope is not None and any(scope["name"] in n for n in parent[part].names if n)
                return Grim(r, parent[part], True) if named else None
            # 公务用车46辆,其中新能源汽车41辆,配备比例达到89.1%: the share's words name no figure (配备 is what was
            # done), so it is of the part right before it, over its list's whole, maybe (but a long name, such as
            # …政策范围内医疗费用综合保障比例, says what it is of, none of these)
            return Share(r, part, parent[part], LISTED_TIE, False) if len(stem) <= 8 else None
        return None
    m = SHARE_WHOLE.search(r.clause)
    named = m.group("whole") if m else ""
    scoped = None if named else _scope_whole(doc, part)
    if scoped is not None:
        # 其中研发人员2,957人；研发人员中硕士及以上学历人员813人,占比27.49%: of the figure its clause names as scope
        return Share(r, part, scoped, "the whole its scope names (X中)", True)
    place_only = bool(named) and _PLACE_WHOLE.fullmatch(named) is not None and part not in parent
    if place_only and _named_whole(doc, r, part, named, parent)[0] is None:
        named = ""  # 其中高新技术企业387家,加计扣除额29.85亿元,占全区的72.2%: the place's total of the part's measure
    if named and core(named):
        w, firm = _named_whole(doc, r, part, named, parent)
        if w is not None and r.group != part.group:
            # 住房消费提取额48.81亿元,占提取总额的88.10%;提取总额占当年缴存额的72.35%: past a ；the share's own words
            # name its part, of which the figure before is only a part
            own_name = EDGE_FILLER.sub("", SHARE_CUE.split(r.clause, maxsplit=1)[0])
            prior = next(
                (
                    g
                    for g in s.figs[part.pos + 1 : r.pos]
                    if g.is_rate and (said := SHARE_WHOLE.search(g.clause)) and said.group("whole") == own_name
                ),
                None,
            )
            named_part = _named_whole(doc, prior, part, own_name, parent)[0] if prior is not None else None
            if named_part is not None and named_part is not w:
                part = named_part
        if w is not None and STOCK_NAMED.search(named) and _NEW_ONES.match(part.clause) and not _NEW_ONES.match(named):
            # 全年新建5G基站7263个,5G基站占移动通信基站总数的比重为38.5%: a share of a stock is of the stock of the
            # part (其中5G基站4.18万个), not of the year's new ones
            own_name = EDGE_FILLER.sub("", SHARE_CUE.split(r.clause, maxsplit=1)[0])
            earlier = [*doc.figs_before(s, 3), *s.figs[: part.pos]] if len(own_name) >= 2 else []
            stock = next(
                (
                    f
                    for f in reversed(earlier)
                    if f.is_level and not _NEW_ONES.match(f.clause) and compatible(f, part) and _holds(own_name, f)
                ),
                None,
            )
            if stock is None:
                return None
            part = stock
        if firm and w is not None and w.sent is not s and _periods_differ(doc, w.sent, s):
            # 10月份,快递业务量A…；1-10月,…。前15位城市…占全部快递业务量的: of which stretch? The figure so named
            # in a sentence of the share's own stretch (1-9月,…吞吐量B。…1-9月,…占全部…吞吐量的) when there is one
            same = _same_period_whole(doc, s, part, named)
            w, firm = (same, True) if same is not None else (w, False)
        if (
            part in parent
            # 税收收入A。其中地方级税收收入B,占一般公共预算收入的: a whole named in full that the list's head is not
            and (
                (names_match(named, parent[part]) and _head_named(named, parent[part]))
                or _GENERIC_WHOLE.fullmatch(named)
                or _PLACE_WHOLE.fullmatch(named)  # 其中省会机场…,占全省的70.3%: the place's total the list is of
                # 两项合计5862次…企业间转让许可4107次,占全部转让许可次数的: the total the text added up, named so only
                or (named.startswith(("全部", "所有")) and _sum_only(parent[part]))
            )
            # (全市…支出30156元;…农村…支出20484元。从八大类看,…居住支出7056元,占人均消费支出的: the list's whole,
            # which its kinds make up to the last digit, over the nearer figure of a group named alike)
            and (w is None or w is parent[part] or _sum_only(parent[part]) or _made_up_by(parent, parent[part]))
            and not _shares_of(parent[part], named)
            and not all(_rival_kinds(core(named), n) for n in parent[part].names if n)  # 择期手术 of 住院手术
            and not (STOCK_NAMED.search(named) and FLOW_OR_GOAL.search(parent[part].clause))
        ):
            # 总收入1.32亿元。其中经营性收入…,占总收入的: the head of the 其中 list; not for sure when the name narrows
            # it (占普通高中专任教师的, of a list of all the teachers)
            w, firm = parent[part], _covers(named, parent[part])
        if (
            w is None
            and part in parent
            # a word of what qualifies the named whole, not its head noun (收入 of 一般公共预算收入 and 税收收入)
            and any(common_run(core(named)[:-2], n) >= 2 for n in parent[part].names if n)
            and not (STOCK_NAMED.search(named) and FLOW_OR_GOAL.search(parent[part].clause))  # 技能人才总量 ≠ 新增
            and not _has_share(parent[part])  # a whole that is itself a share of the whole named is not it
        ):
            # 以裁决方式结案1285件,其中适用终局裁决517件,占裁决案件的40.2%: no figure bears the whole's name, and the
            # whole the part is listed in shares a word with it: that whole, maybe
            return Share(r, part, parent[part], LISTED_TIE, False)
        if w is None:
            return None
        rivals = _rivals(doc, r, w, named) if firm and w.sent is not s else ()
        # (新能源发电量A,占全县发电量的: the part itself, or a figure below it, is no whole of a share of at most all)
        rivals = tuple(g for g in rivals if g is not part and (g.claim.value > part.claim.value or r.claim.value > 100))
        # (执结17308件 in the text and 合计 | … | 17308 in the table: one value said twice leaves no doubt)
        rivals = tuple(g for g in rivals if (g.claim.value, g.claim.unit) != (w.claim.value, w.claim.unit))
        if rivals:  # 营业收入 of a table's 合计 row and 营业收入 in the text, of two values: either may be meant
            return Share(r, part, w, f"the whole named {named}", False, alts=rivals)
        if w.claim.value < part.claim.value and r.claim.value <= 100 and _list_item(w):
            # 新创国家级示范村3个、省级46个,累计达到512个,占村总数的38.6%: an item of a list, smaller than the
            # part, is no sure whole
            firm = False
        scope = SCOPE_PREFIX.match(named)
        if scope is not None and not _in_scope(doc, w, scope.group()):
            # 收案2584件,审结2418件,…占全省行政诉讼案件的1/4: the whole is the province's, which the text
            # does not state; the figure that bears the name may be the court's own
            return Share(r, part, w, f"the figure named like {named}, though not stated as {scope.group()}'s", False)
        return Share(r, part, w, f"the whole named {named}", firm)
    if part in parent:
        scope = _IN_SCOPE.match(part.clause)
        if scope is not None and not part.clause.startswith(_NO_SCOPE):
            name = scope.group("name")
            if not any(n.endswith(name) or name.endswith(n) for n in parent[part].names if len(n) >= 2):
                return None  # 初中专任教师中具有本科学历的…,占94.7%: of the scope it names, not of the list's whole
        # 报告14,127份,占同期报告总数的34.6%;其中严重报告5,216份,占11.8%: the list's whole has a share of a named
        # whole, which the bare share after it may go on with
        w = parent[part]
        firm = not (
            w.sent is s and any(g.is_rate and SHARE_WHOLE.search(g.clause) for g in s.figs[w.pos + 1 : part.pos])
        )
        firm = firm and not _rated(w, r)
        # 拨打电话约4.9万个,成功访问12600人,其中有效样本12388个,样本有效率98.3%: a count in another measure word
        # right before the 其中 may be what the list is of
        firm = firm and not _other_count_between(w, part)
        # 其中,市本级一般公共预算收入218.45亿元,税收收入156.38亿元,税收占比71.6%: an item listed before may hold the
        # part (收入 of 收入), which the share may be of
        held_by = tuple(
            g
            for g in s.figs[: part.pos]
            if parent.get(g) is w
            and g.claim.value > part.claim.value
            and same_measure(g, part)
            and _common_tail(g, part) >= 2
        )
        return Share(r, part, w, LISTED_TIE, firm, plus=plus.get(part, ()), alts=held_by)
    base = next(
        (
            w
            for w in reversed(s.figs[: part.pos])
            if w.is_level
            and not w.is_baseline
            and compatible(w, part)
            and not _has_share(w)
            # 其中“新三样”合计出口A；劳动密集型产品出口B,占x%: an item of a list past a ；is no total of what follows
            and not (w in parent and w.group != part.group)
            and (
                BASE_OF_FOLLOWING.match(w.tail)
                or (is_base(w) and not is_base(part))
                # 查出问题金额31.74亿元,已整改29.05亿元,整改金额占比95.1%: what has been done of the figure before
                or (w.pos == part.pos - 1 and w.group == part.group and _DONE_OF_BEFORE.match(part.clause))
            )
            # 收购托市小麦28.7万吨;其余157.7万吨为市场化收购: the rest and the figure before it are parts of one whole
            and not (w.pos == part.pos - 1 and _THE_REST.match(part.clause))
        ),
        None,
    )
    if base is not None and any(
        g.is_rate and SHARE_WHOLE.search(g.clause) for g in s.figs[base.pos + 1 : part.pos]
    ):
        # 在毕业去向落实的3,024人中:升学1,362人,占毕业生总数的40.4%;签订协议1,417人,占42.0%: a share between them
        # names another whole, which the bare share after it goes on with
        base = None
    # 12.64亿元中,已安排使用11.86亿元,具体为:⏎——全民健身7.02亿元,占59.2%: the figure a colon details is the whole
    detailed = next(
        (
            w
            for w in reversed(s.figs[: part.pos])
            if w.is_level and compatible(w, part) and _DETAILS_AFTER.match(s.between(w.claim.end, part.claim.start))
        ),
        None,
    )
    if detailed is not None:
        return Share(r, part, detailed, "the figure its lines detail", True)
    if base is not None:
        return Share(r, part, base, "the total stated before it in the sentence", True)
    return _Pending(r, part)


def _whole_named_alike(r: Fig, part: Fig, own: str) -> Fig | None:
    """查处酒驾醉驾违法行为652起,醉酒驾驶147起,醉驾占比22.5%: a bare share whose own words (醉驾) name its part, right
    after it, and the figure right before the part, larger, in its clause group, bearing that name too: that figure."""
    s = part.sent
    if part.pos == 0 or r.pos != part.pos + 1 or SHARE_WHOLE.search(r.clause) or len(own) < 2:
        return None
    if _DONE_OF_BEFORE.match(part.clause):
        return None  # (问题金额31.74亿元,已整改29.05亿元,整改金额占比: what was done of it, sure, the rule below)
    w = s.figs[part.pos - 1]
    if not (w.is_level and not w.is_baseline and w.group == part.group and compatible(w, part)):
        return None
    if w.claim.value <= part.claim.value or not _holds(own, part):
        return None
    return w if any(common_run(own, n) >= 2 for n in w.names if n) else None


_DONE_OF_BEFORE = regex.compile(r"^[,，、]?\s*已(?!经|有|达|超|成)\p{Han}")
_THE_REST = regex.compile(r"\s*(?:其余|剩余|余下|其他的?)")
_DETAILS_AFTER = regex.compile(r"[^。;；]*?(?:具体|分别)?(?:为|是|如下)\s*[:：]\s*\n\s*[—\-–·•]*\s*\p{Han}{1,12}$")


def _joint_kinds(sh: Share, name: str, parent: dict[Fig, Fig]) -> Share:
    """大型矿山5座、中型矿山14座、小型矿山44座,大中型矿山比例为30.2%: a share named for two kinds at once is of
    the two listed items so named, together."""
    m = _JOINT_KINDS.match(name)
    p = sh.part
    w = parent.get(p)
    if m is None or w is None or sh.more:
        return sh
    heads = (m["a"] + m["rest"], m["b"] + m["rest"])
    own = next((h for h in heads if label_of(p).startswith(h)), None)
    if own is None:
        return sh
    other = heads[1] if own == heads[0] else heads[0]
    siblings = [f for f in p.sent.figs if parent.get(f) is w and f is not p and same_measure(f, p)]
    mate = next((f for f in siblings if label_of(f).startswith(other)), None)
    if mate is None:
        return sh
    first, second = sorted((p, mate), key=lambda f: f.index)
    return replace(sh, part=first, more=(second,))


_JOINT_KINDS = regex.compile(r"^(?P<a>[大中小])(?P<b>[大中小])(?P<rest>[型学])")
# 政策范围内住院费用基金支付比例, 实际报销比例: a rate of money paid over money spent
_MONEY_RATE = regex.compile(r"(?:费用|基金|资金|金额|经费|支付|报销|补偿|赔付)[^率例]{0,4}(?:比例|比率|率)$")
_RATE_ENDS = ("率", "面")
# 支付进度, 拨付进度 (but not 序时进度, the share of the year gone): how much of a deed is done, as its rate;
# 满意度: the share of those satisfied
_RATE_ALIAS = regex.compile(
    rf"(?:(?<!{alternation(tuple(w[:-2] for w in lx.PACE_WORDS))})(?<=\p{{Han}})进度|(?<=满意)度)$"
)
_HAN_NAME = regex.compile(r"\p{Han}")


def _kin_named(s: Sentence, part: Fig, stem: str, parent: dict[Fig, Fig]) -> Fig | None:
    """The one item of `part`'s list whose name shares two characters with the share's own words (货币 of
    货币化安置比例 and 选择货币补偿), the others none. A long name (困难群众政策范围内住院费用综合报销比例) says what
    it is a share of itself, more than a word it shares with an item."""
    if not 2 <= len(stem) <= 8:
        return None
    kin = [f for f in s.figs if parent.get(f) is parent[part]]
    echoes = [max((common_run(stem, n) for n in f.names if n), default=0) for f in kin]
    hits = [f for f, e in zip(kin, echoes, strict=True) if e >= 2]
    return hits[0] if len(hits) == 1 and len(kin) >= 2 and sum(e > 0 for e in echoes) == 1 else None


_SHARE_NOUN_END = regex.compile(r"(?:比例|比重|占比|面)(?:为|达|达到|是)?$")
# the clause of B in 占主营业务收入B的比重达C, or in 占全市学校总数(2865所)的39.3%
# 占全省B的C; 高技能人才占技能人才总量(56.84万人)的比重: the part may be named before 占
# (占全市2024年度专项债券项目总数300个的: the whole's name may hold the year it is of)
_INLINE_WHOLE = regex.compile(r"^(?P<part>\p{Han}{2,10}?)?占(?!比)(?:\p{Han}|\d{4}年度?){1,16}\s*[（(]?$")


# 占全市总量的70.0%: a whole named by nothing but being the whole, of the place the text is about
_GROUP_WORD = regex.compile(r"城镇|农村|城市|乡村|男性|女性|城区|农村地区")


def _made_up_by(parent: dict[Fig, Fig], w: Fig) -> bool:
    """Whether the figures listed of `w` (two or more, in its unit) add up to it exactly."""
    kinds = [p for p, up in parent.items() if up is w]
    return (
        len(kinds) >= 2
        and all(p.claim.unit == w.claim.unit for p in kinds)
        and sum(p.claim.value for p in kinds) == w.claim.value
    )


def _sum_only(w: Fig) -> bool:
    """A total named by its sum word alone (两项合计5862次): no name of its own to match a share's whole by."""
    return all(not n or _SUM_NAME.fullmatch(n) for n in w.names)


_SUM_NAME = regex.compile(r"(?:[两二三四五六七八九]项|以上|上述)?(?:合计|共计|总计)")
def _larger_before(doc: Doc, s: Sentence, p: Fig) -> Fig | None:
    """The nearest figure of the part's unit and larger, in the three sentences before (成交价款171.74亿元 for the
    128.35亿元 a share of the total names)."""
    for t in reversed(doc.sentences[max(0, s.index - 3) : s.index]):
        for w in reversed(t.mains):
            if w.claim.unit == p.claim.unit and w.claim.value > p.claim.value:
                return w
    return None


# 全市出让总量, 全区案件总数: a total of everything the measure counts, whatever its unit
_TOTAL_OF = regex.compile(r"(?:全[国省市县区州镇乡])?\p{Han}{0,6}(?:总量|总数|总额|总计)")


def _total_of(named: str, w: Fig) -> bool:
    """总投入 of 投入残疾人事业资金: a whole named by 总 and a word the figure's own name holds."""
    m = _TOTAL_WORD.fullmatch(named)
    return m is not None and any(n and m["word"] in n for n in w.names)


_TOTAL_WORD = regex.compile(r"(?:全[国省市县区州镇乡])?总(?P<word>\p{Han}{2,4})")
_GENERIC_WHOLE = regex.compile(r"(?:全[国省市县区州镇乡])?(?:总量|总数|总额|总计|全部|总体|总和)")
_PLACE_WHOLE = regex.compile(r"全[国省市县区州镇乡]")
_CLASS_SPAN = regex.compile(r"[ⅠⅡⅢⅣⅤⅥ一二三四五六1-6]类?[—－~～至到-][ⅠⅡⅢⅣⅤⅥ一二三四五六1-6]类")
_STRETCH_OF = regex.compile(r"季度|[上下]半年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月")  # 其中第四季度…
# (政府集中建设2410套: 集中 is a word, no scope 政府集…中)
_IN_SCOPE = regex.compile(r"^(?:在)?(?P<name>\p{Han}{2,8}?)(?<![集其从])(?:之)?中(?=\p{Han})")
_NO_SCOPE = ("其中", "从中", "集中")  # words ending in 中 that open no scope
_OPENS_SCOPE = regex.compile(r"^(?:在)?(?P<name>\p{Han}{2,16}?)(?:之)?中[,:]")


def _scope_whole(doc: Doc, part: Fig) -> Fig | None:
    """The figure a part's clause opens on as its scope (研发人员中硕士…813人: the 研发人员 counted before it in
    the sentence), or its sentence (办结的申请中,准予修复…: the 办结 of the sentence before), when exactly one
    figure of its measure is so named."""
    s = part.sent
    m = _IN_SCOPE.match(part.clause)
    figs = s.figs[: part.pos]
    if m is None and s.index > 0 and (prev := doc.sentences[s.index - 1]).para == s.para:
        m, figs = _OPENS_SCOPE.match(s.text.lstrip()), prev.figs
    if m is None or m.string.startswith(_NO_SCOPE):
        return None
    name = m.group("name")
    keys = (name, name.partition("的")[0]) if "的" in name[2:] else (name,)  # 办结的申请: named by its verb
    if name.startswith("新") and len(name) >= 4:
        keys = (*keys, name[1:])  # 在新发展党员中 of 共发展党员3826名: the year's new ones, named by the verb
    named = [
        w
        for w in figs
        if w.is_level and not w.is_baseline and same_measure(w, part) and w.claim.value > part.claim.value
        and (any(n.endswith(k) for n in w.names if n for k in keys) or said_short(name, w))
    ]
    return named[-1] if len(named) == 1 else None


def _other_count_between(whole: Fig, part: Fig) -> bool:
    """A count in another measure word stands between the whole and its part in their sentence."""
    s = part.sent
    between = s.figs[whole.pos + 1 : part.pos] if whole.sent is s else []
    return any(g.is_level and g.claim.kind == "count" and not same_measure(g, part) for g in between)


_OPENS_NAMED_SCOPE = regex.compile(r"^(?:在)?(?P<name>[\p{Han}A-Za-z&]{2,12}?)(?:之)?中[,，:：]")  # 企业R&D经费中,


def _item_twin(part: Fig, whole: Fig) -> Fig | None:
    """The figure said with `part` in one item (4215件次、12959人次) in the measure of `whole`, if any."""
    if part.pos == 0:
        return None
    twin = part.sent.figs[part.pos - 1]
    gap = part.sent.between(twin.claim.end, part.claim.start).strip()
    return twin if gap in ("、", "和", "及") and twin.is_level and compatible(twin, whole) else None


def _scope_named_far(doc: Doc, part: Fig) -> Fig | None:
    """企业R&D经费中,规模以上工业企业A,占89.7%: the figure named as the scope the sentence opens on, stated further
    back in its chapter (a table's row 企业 | 158.64 under R&D经费), when exactly one is so named."""
    s = part.sent
    m = _OPENS_NAMED_SCOPE.match(s.text.lstrip())
    if m is None or m.string.startswith(_NO_SCOPE) or len(m.group("name")) < 3:
        return None
    name = m.group("name")
    bare = _WHOLE_PLACE.sub("", name)  # 全县常住人口中 of 常住人口418362人

    def bears(w: Fig) -> bool:
        return (
            w.is_level
            and not w.is_baseline
            and same_measure(w, part)
            and w.claim.value > part.claim.value
            # 属于企业责任的有效申诉613件 bears the name 有效申诉: what a clause ending in 的 says of it narrows nothing
            and any(
                n == name or n.endswith(f"的{name}") or (len(bare) >= 3 and _WHOLE_PLACE.sub("", n) == bare)
                for n in w.names
                if n
            )
        )

    near = doc.sentences[max(0, s.index - _NEAR_REACH) : s.index]
    named = [w for t in near if t.section[:1] == s.section[:1] for w in t.figs if bears(w)]
    if not named:
        # 一、常住人口 全县常住人口为418362人。…三、性别构成 全县常住人口中,男性人口为212450人,占50.78%: a bulletin's
        # chapters each take the one figure so named in the chapters before as their scope
        named = [w for t in doc.sentences[: s.index] for w in t.figs if bears(w)]
    return named[-1] if len(named) == 1 else None


_WHOLE_PLACE = regex.compile(r"^(?:全|本)[省市县区州盟旗镇乡]")


def _whole_inside(r: Fig) -> bool:
    """A share whose whole stands right before it inside the share phrase: 占全省B的C."""
    if r.pos == 0:
        return False
    w = r.sent.figs[r.pos - 1]
    return bool(_INLINE_WHOLE.match(w.clause) and _INLINE_GAP.match(r.sent.between(w.claim.end, r.claim.start)))


# 占全县B的C, 占全市1638个行政村(社区)的24.1%: the whole's own noun may follow its figure
_INLINE_GAP = regex.compile(
    rf"^\s*[)）]?\s*(?:[\p{{Han}}()（）]{{1,12}}?的|的)?\s*(?:比重|比例|份额)?\s*(?:{alternation(lx.RATE_VERBS)})*\s*$"
)


def _list_item(f: Fig) -> bool:
    """Whether a figure follows another of its kind across 、 or 和 alone (国家级3个、省级46个): an item of a list."""
    if f.pos == 0:
        return False
    before = f.sent.figs[f.pos - 1]
    gap = f.sent.between(before.claim.end, f.claim.start)
    return compatible(before, f) and len(gap) <= 16 and ("、" in gap or "和" in gap) and not _CLAUSE_END.search(gap)


_CLAUSE_END = regex.compile(r"[,;。，；]")
_COMBINED = regex.compile(r"合计|共计|总计|合共|两者|二者|三者")


def _nested(sh: Share, parent: dict[Fig, Fig], earlier: Sequence[Share]) -> Share:
    """A bare 占 of a part listed within a listed part: 常住人口A。其中…60岁及以上人口B,占b%,其中65岁及以上人口C,
    占c%. The share may be of the inner whole (B) or of the outer one (A); when shares of the outer list
    before it leave their whole unsaid and are of A, so is this one. Either whole is allowed: a miss is
    called only when neither gives the stated share."""
    outer = parent.get(sh.whole)
    if outer is None or outer is sh.whole or outer is sh.part:
        if has_bare_share(sh.whole) and not any(e.part is sh.whole for e in earlier):
            # 常住人口中,…60岁及以上人口B,占20.43%,其中65岁及以上人口C,占14.93%: a bare 占 like the one of B, of
            # a whole the text leaves unstated; B is the whole only maybe
            return replace(sh, firm=False, tie="the whole its list is of, or the whole the list's whole is a share of")
        return sh
    if any(e.whole is outer and e.tie == LISTED_TIE and parent.get(e.part) is outer for e in earlier):
        return replace(sh, whole=outer, tie="the whole its list's other shares are of", alts=(sh.whole,))
    return replace(sh, alts=(outer,))


def _in_scope(doc: Doc, w: Fig, scope: str) -> bool:
    """Whether figure `w` is stated as the whole place's (全省共受理…): the scope stands in its name, in its
    sentence before it, or in the sentence before that it goes on from."""
    s = w.sent
    if any(scope in n for n in w.names) or scope in s.text[: w.claim.start - s.start]:
        return True
    return s.joined and s.index > 0 and scope in doc.sentences[s.index - 1].text


_INCREMENT = regex.compile(r"新增|增量|增加额|增加量|净增")


def _added(f: Fig) -> bool:
    """A figure of what was added: 比上年末增加342.67亿元, or a level named so (一季度新增存款186.92亿元)."""
    if f.is_change:
        return f.is_change_amount and f.claim.direction == "increase"
    return f.is_level and not f.is_baseline and bool(_INCREMENT.search(f.label))


def _increment_share(doc: Doc, r: Fig, named: str) -> Share | None:
    """住户存款增加173.45亿元,占全部新增存款的92.8%; 增加342.67亿元,增长11.9%,增量占各项存款增量的85.0%: a
    share of what was added is the increase before it over the increase of the whole it names, not of a balance."""
    s = r.sent
    part = next((f for f in reversed(s.figs[: r.pos]) if f.group == r.group and _added(f)), None)
    stem = clean_label(_INCREMENT.sub("", named).removeprefix("全部").removeprefix("全市"))
    if part is None or len(stem) < 2:
        return None
    sents = [t for t in doc.sentences[max(0, s.index - 3) : s.index + 1] if t.section == s.section]
    cands = [f for t in reversed(sents) for f in reversed(t.figs) if f.index < part.index]
    whole = next(
        (
            f
            for f in cands
            if _added(f)
            and compatible(f, part)
            and f.claim.value > part.claim.value
            and any(stem in n or (len(stem) >= 3 and in_order(stem, n)) for n in f.names if n)
        ),
        None,
    )
    if whole is None:
        return None
    return Share(r, part, whole, f"the increase named {named}", whole.sent.index >= s.index - 1)


def _holds(own: str, part: Fig) -> bool:
    """The share's own subject names the part: one name holds the other (税收 ~ 税收收入), not a mere shared
    word (民营企业进出口 is a part of 外贸进出口总额, not it), nor its denial (非税收入 is not 税收)."""
    if _TOTAL_NAMED.search(own) and _LISTED_UNDER.match(part.clause):
        return False  # 研发投入总额占营业收入的: the total, not an item listed under it (其中资本化研发投入, 、…)
    c = core(own)
    c = c[:-1] if len(c) > 2 and c.endswith("类") else c  # 涉外类 of 涉外及涉港澳台公证: the kind's own name
    unit = part.claim.unit
    for counted in (f"{unit}数", unit if len(unit) >= 2 else ""):
        # 事故起数 of 道路运输事故52起, 住院结算人次 of 住院直接结算234.8万人次: the things counted, in the part's
        # measure word
        if counted and len(c) > len(counted) + 1 and c.endswith(counted):
            c = c[: -len(counted)]
            break
    return any(
        n
        and ((c in n and f"非{c}" not in n) or (len(n) >= 2 and n in c) or _shortens(c, n) or _said_shorter(c, n))
        for n in part.names
    )


_TOTAL_NAMED = regex.compile(r"(?:总额|总值|总量|总数|合计|总计)$")
_LISTED_UNDER = regex.compile(r"\s*(?:其中|、|和|及)")


def _said_shorter(short: str, name: str) -> bool:
    """住院结算 of 住院直接结算: a name of four characters or more said with a word of the full one left out."""
    return len(short) >= 4 and len(name) <= len(short) + 3 and spread_in(short, name)


def _shortens(short: str, name: str) -> bool:
    """醉驾 of 醉酒驾驶, 民企 of 民营企业: a two-character name made of the first characters of a four-character
    name's two words."""
    return len(short) == 2 and len(name) == 4 and name[0] == short[0] and name[2] == short[1]


_SET_AGAINST = regex.compile(r"[与和同对]\p{Han}{2,}的?(?:比例|比值|比率|之比|比)")


# 全年新建5G基站7263个: the year's new ones, a flow into a stock
_NEW_ONES = regex.compile(rf"^(?:全年|年内|当年|本年|今年)?(?:{alternation(lx.NEW_ONES)})")


def _rated(w: Fig, r: Fig) -> bool:
    """合格人数45617人,合格率为93.8%。其中优秀9486人(占19.5%): a whole with a rate of its own right after it is a
    share of some all, which may be what the shares of its kinds are of."""
    nxt = w.sent.figs[w.pos + 1] if w.pos + 1 < len(w.sent.figs) else None
    # (a share of its own, 60岁及以上人口A,占23.1%,其中…: the list's shares go on over the whole that one is of)
    return (
        nxt is not None
        and nxt.is_rate
        and nxt.group == w.group
        and nxt is not r
        and not SHARE_CUE.search(nxt.clause)
    )


def _has_share(f: Fig) -> bool:
    """A figure followed by its own share (行政处罚类共349件,占比31%; 对东盟进出口A,增长7.3%,占…的比重为B) is a
    part, not a base."""
    s = f.sent
    nxt = next((g for g in s.figs[f.pos + 1 : f.pos + 4] if not (g.is_change and g.group == f.group)), None)
    return nxt is not None and nxt.is_rate and bool(SHARE_CUE.search(nxt.clause))


def _shares_of(f: Fig, named: str) -> bool:
    """Whether a figure is itself followed by a share of the whole `named` (出席股份A,占公司股份总数的52.1%。其中
    现场B,占公司股份总数的44.7%: A is a part of that whole too, not the whole of B)."""
    if not _has_share(f):
        return False
    m = SHARE_WHOLE.search(f.sent.figs[f.pos + 1].clause)
    return m is not None and m.group("whole") == named


def _bracketed_share(s: Sentence, r: Fig) -> bool:
    """医院26.14万张(占80.0%), 化学药品35,320份(79.9%): a bracket right after a count that holds its share."""
    if PAREN_SHARE.match(r.lead):
        return True
    prev = s.figs[r.pos - 1] if r.pos else None
    return (
        _BARE_BRACKET.match(r.lead) is not None
        and r.claim.unit == "%"
        and prev is not None
        and prev.is_level
        and not prev.paren
        and prev.claim.kind == "count"
        and s.between(prev.claim.end, r.claim.start).strip() in ("(", "（")
    )


_BARE_BRACKET = regex.compile(r"^\s*[(（]\s*$")
# 医院26.14万张(占80.0%): a bracket that holds the share of the figure before it
PAREN_SHARE = regex.compile(r"^\s*[(（]\s*(?:占|占比|所占比重|比重)\s*(?:为|达)?\s*$")
OUTCOME_LEAD = regex.compile(rf"^(?:已|依法|共)?(?:{alternation(lx.OUTCOME_WORDS)})")
# 占总装机的, 占装机总量的, 占全部贷款的: a whole named as the total of its kind
TOTAL_NAMED = regex.compile(r"^(?:总|全部)|总(?:量|数|额|和|计)?$")
STOCK_NAMED = regex.compile(r"总(?:量|数)$")
_FAR_REACH = 400  # sentences looked back for a whole named exactly: a report's chapters, not a whole book
_NEAR_REACH = 16  # sentences looked back for a whole named in part: a few paragraphs, or a table's rows


def _reach_start(doc: Doc, s: Sentence) -> int:
    """Where the look back for a whole named in full starts: `_NEAR_REACH` sentences before `s`, a table's rows
    counting a quarter each (the notes under three tables may name a total of the first)."""
    k, room = s.index, 4 * _NEAR_REACH
    while k > 0 and room > 0:
        k -= 1
        room -= 1 if table_line(doc.sentences[k]) else 4
    return k


def _rivals(doc: Doc, r: Fig, w: Fig, named: str) -> tuple[Fig, ...]:
    """Other figures before the share, named as its whole is, of other values."""
    s = r.sent
    near = [g for t in doc.sentences[max(0, s.index - _NEAR_REACH) : s.index + 1] for g in t.mains if g.index < r.index]
    # 收益 | 5,836,214 | 5,102,487: a table row that states the whole itself gives its other years, no rival
    own = arith.bounds(w.claim)
    near = [g for g in near if not any(own.meets(arith.bounds(x.claim)) for x in _same_line(g))]
    # 营业收入 | 第一季度 452,108,377.42 | 第二季度 495,175,237.66: cells that add up to the whole are its parts
    near = [g for g in near if not _line_adds_up(g, own)]
    return tuple(
        g
        for g in near
        if g is not w
        and not _has_share(g)  # 直营门店收益A,占总收益的48.8%: a part with its own share, no whole
        and not g.is_baseline
        and g.claim.role != "before"  # the year before's column of a table is no rival of this year's figure
        and compatible(g, w)
        and not arith.bounds(g.claim).meets(arith.bounds(w.claim))  # 5,836.2百万 and 5,836,214千: one figure
        and names_match(named, g, whole=True)
        and _same_stretch(g.sent, w.sent)  # 10月份 beside 1-10月: the stretch of time tells them apart
    )


def _over_years(w: Fig) -> bool:
    """A running total over several years: 1999年至2024年,全省累计收到报告81.3万份."""
    return "累计" in w.clause and _OVER_YEARS.search(w.sent.between(w.sent.start, w.claim.start)) is not None


_OVER_YEARS = regex.compile(r"\d{4}年?\s*(?:至|—|-|－|~|～|到)\s*\d{4}年|以来|历年")


def _same_stretch(a: Sentence, b: Sentence) -> bool:
    """Two sentences of one stretch of time, or one that names none (假期7天共受理… within 10月份)."""
    pa, pb = _period(a), _period(b)
    return pa is None or pb is None or pa == pb


def _line_adds_up(g: Fig, whole: arith.Interval) -> bool:
    """Whether the figures of `g`'s line in its unit, two or more, add up to `whole`."""
    cells = [x for x in _same_line(g) if x.claim.unit == g.claim.unit and x.is_level]
    return len(cells) >= 2 and arith.total(arith.bounds(x.claim) for x in cells).meets(whole)


def _same_line(g: Fig) -> list[Fig]:
    """The figures on the line of its sentence that `g` stands on."""
    s = g.sent
    return [
        x for x in s.figs if "\n" not in s.between(min(x.claim.start, g.claim.start), max(x.claim.end, g.claim.end))
    ]


_ALL_OF = regex.compile(r"(?<!公)共(?:计|有)?$|总(?:数|量|计)(?:为|达)?$")


def _rival_kinds(a: str, b: str) -> bool:
    """择期手术 and 住院手术: the same head noun, each qualified by two or more characters the other lacks."""
    k = len(shared_end(a, b))
    x, y = a[: len(a) - k], b[: len(b) - k]
    return k >= 2 and len(x) >= 2 and len(y) >= 2 and not set(x) & set(y)


def _named_whole(
    doc: Doc, r: Fig, part: Fig, named: str, parent: dict[Fig, Fig], *, loose: bool = False
) -> tuple[Fig | None, bool]:
    """`_named_whole_near`, the whole taken where its sentence first states it: 实际采购金额B…,规模由A增加至B."""
    w, firm = _named_whole_near(doc, r, part, named, parent, loose=loose)
    return (_first_said(doc, w) if w is not None and w is not part else w), firm


def _named_whole_near(
    doc: Doc, r: Fig, part: Fig, named: str, parent: dict[Fig, Fig], *, loose: bool = False
) -> tuple[Fig | None, bool]:
    """The figure a share phrase names as its whole (占事项总数的, 占GDP的): the nearest that bears that
    very name (收入 is 本集团收入为, not 服务收入 or 其他地区收入), else the nearest whose name holds it.

    A figure followed by its own share (服务收入X,占总收入的18.4%) is a part beside the share, no whole; nor is
    an item of a list (`parent`) when the name says total (占总装机的: 核电装机 is one of the kinds listed).
    """
    s = r.sent
    cands = [w for w in reversed(s.figs[: part.pos]) if w.is_level and not w.is_baseline]
    for t in reversed(doc.sentences[_reach_start(doc, s) : s.index]):
        cands += reversed(t.mains)
    if not NEGATED_LABEL.match(core(named)):
        # 决定不起诉1533人 is no whole of shares 占起诉总人数的: a denial is none of what its verb counts
        cands = [w for w in cands if not NEGATED_LABEL.match(DECIDED_LEAD.sub("", label_of(w)))]
    if core(named) in {a for group in lx.ACT_SYNONYMS for a in group}:
        # 受理审查起诉6538人…提起公诉4569人…占起诉总人数的: what was prosecuted, not what came in to be reviewed
        cands = [w for w in cands if not _intake_named(w)] or cands
    every = [w for w in cands if compatible(w, part) and not SET_AS_PLAN.search(w.clause)]
    # 在上年突破十亿件的基础上: a bound passed is no whole
    every = [w for w in every if not is_bound(w)] or every
    if part in parent:
        # 其中费用化研发投入A、资本化研发投入B,资本化研发投入占研发投入的: an item listed beside the part is no whole
        every = [
            w for w in every if not (parent.get(w) is parent[part] and w.sent is part.sent and w.group == part.group)
        ]
    if r.claim.unit == "%" and r.claim.value <= 100:
        # 审结2205件,其中以调解方式结案1034件;适用简易程序审结1176件,占结案数的53.3%: a share of at most all of its
        # whole is of no figure smaller than its part, however named
        # (when none is larger, the one so named may be a slip of the text, which the share shows)
        every = [w for w in every if w.claim.value >= part.claim.value] or every
        if r.claim.value < 100:
            # 年度完成投资19.81亿元,占总投资的49.7% (a table's 合计 19.81 above): a share short of all of its whole is
            # of no figure the part only says again
            every = [w for w in every if (w.claim.value, w.unit) != (part.claim.value, part.unit)] or every
    if "累计" not in part.clause and "累计" not in named:
        # 1999年至2024年,累计收到报告81.3万份: a total over the years is no whole of the year's part
        every = [w for w in every if not _over_years(w)]
    if _WHOLE_YEAR.search(named):  # 占全年降水量的 of the year's rain, not the spring's (春季降水量58.4毫米)
        every = [w for w in every if not any(_PART_OF_YEAR.match(n) for n in w.names if n)]
    pool = [w for w in every if not _has_share(w)]
    if STOCK_NAMED.search(named):
        # 新增技能人才18.5万人,…占技能人才总量的31.6%: the stock's total, not the year's intake
        pool = [w for w in pool if not FLOW_OR_GOAL.search(w.clause)]
    if len(named) >= 3 and not any(_holds_name(named, n) for w in pool for n in w.names):
        # 60岁及以上老年人口A,占户籍人口的24.3%；…高龄老年人口B,占老年人口的13.0%: a figure with a share of its
        # own is still the whole of a later share that names it in full, when no other figure bears that name;
        # of several so named (60岁及以上, 65岁及以上老年人口) the largest, and only maybe
        # (有效申诉总量 of 属于企业责任的有效申诉613件: a total's name is the thing's own, which a clause may qualify)
        own_core = core(named) if TOTAL_NAMED.search(named) and len(core(named)) >= 3 else named
        full = [
            w
            for w in cands
            if compatible(w, part)
            and any(
                _holds_name(named, n)
                or (n.endswith(f"的{own_core}") and not FLOW_OR_GOAL.search(w.clause))
                for n in w.names
                if n
            )
            and not SET_AS_PLAN.search(w.clause)
        ]
        if full:
            whole = max(full, key=lambda w: w.claim.value)
            return whole, whole.sent is s and len(full) == 1
    if core(named) != named and TOTAL_NAMED.search(named):
        # 投诉总量 is the 投诉 listed beside 举报 and 咨询; 总装机 is none of 火电装机, 核电装机
        exact_name = synonyms(core(named))
        pool = [w for w in pool if w not in parent or any(n in exact_name for n in w.names)]
    cands = [w for w in pool if names_match(named, w, whole=True)]
    if not _PLANNED_NAME.search(named):
        # 采购预算金额A,实际采购金额B…。货物类…分别占采购总额的: the amount done, not the budget, when both are there
        cands = [w for w in cands if not _planned(w)] or cands
    # 项目资金预算A,实际到位B…,支出额占预算的: the figure whose own words bear the name, before one that bears it only
    # as the subject it goes on with
    own = [w for w in cands if _holds_name(named, label_of(w))]
    if own and len(own) < len(cands):
        cands = own + [w for w in cands if w not in own]
    if not cands and named.startswith("新") and len(named) >= 4:
        # 共发展党员5093名…占新发展党员的: the year's new ones, named by the verb without 新
        cands = [w for w in pool if names_match(named[1:], w, whole=True)]
    if not cands and (at := PLACE_PREFIX.match(named)) is not None and len(named) - at.end() >= 3:
        # 关区进出口812.6亿元,其中…进口565.7亿元…占关区进口总值的: the place's own figure, named without the place
        cands = [w for w in pool if names_match(named[at.end() :], w, whole=True)]
    # 占关区进出口总值的: of the figure named for that place (西港关区进出口), not another place's (全省…进出口总值)
    place = PLACE_PREFIX.match(named)
    where = place.group().lstrip("全本") if place is not None else ""
    if len(where) >= 2:
        cands = [w for w in cands if any(where in n for n in w.names if n)] or cands
        # …上半年关区进出口A (分阶段看): a stretch listed by a dimension is a part of the place's whole
        cands = [w for w in cands if not opens_by_dimension(w.sent)] or cands
    bare = named[place.end() :] if place is not None else named
    if len(bare) >= 3 and _TOTAL_NAMED.search(bare):
        # 占全市进出口总值的: of the figure named 进出口总值 (义乌市进出口总值由A增长到B), not the nearer 四季度进出口
        cands = [w for w in cands if any(bare in n for n in w.names if n)] or cands
    # 营业收入28.61亿元,其中第四季度实现营业收入9.09亿元…占营业收入的: the whole, not its part that bears the name
    cands = [w for w in cands if not (w in parent and parent[w] in cands and _STRETCH_OF.search(w.clause))] or cands
    if not cands:
        # 结案3902件,…占仲裁结案数的: a name that holds the figure's own and what its clause says of it
        near = next((w for w in pool if _named_within(named, w)), None)
        if near is not None:
            return near, near.sent is s
    own = synonyms(core(named)) | {named}
    # 办结投诉5.16万件 / 解决投诉11872件 bear the name 投诉 as their subject, but count the complaints closed, not
    # all of them: a figure so named is no whole while one named without the outcome is there
    # (已落实去向毕业生 is some of the 毕业生总数, those placed)
    total = TOTAL_NAMED.search(named) is not None
    whole_named = [w for w in cands if not _outcome_named(w) and not (total and w.label.startswith("已"))]
    cands = whole_named or cands
    exact = next((w for w in whole_named if any(n in own for n in w.names)), None)
    if total and exact is not None:
        # 事项共1826项…可网上办理的事项1791项…占事项总数的: of the largest so named or stated as a total (共)
        totals = [w for w in whole_named if _ALL_OF.search(w.clause) and w.claim.value > exact.claim.value]
        exact = max([exact, *totals], key=lambda w: w.claim.value)
    if exact is not None and _scoped(exact, own, part):
        # 全省接待游客A。…A级旅游景区共接待游客B。过夜游客C,占游客总数的: the total of 游客 is A, not the
        # visitors of some sites; with no such figure the share's whole is not known
        bare = next((w for w in whole_named if any(n in own for n in w.names) and not _scoped(w, own, part)), None)
        return (bare, _covers(named, bare)) if bare is not None else (exact, False)
    if exact is not None:
        return exact, _covers(named, exact)
    if len(cands) >= 2:
        # 全市居民人均工资性收入A,占可支配收入的56.7%: of 全市居民人均可支配收入, whose words before the name the part
        # shares, not the nearer 农村居民人均可支配收入
        shaped = [w for w in cands if any(_shares_qualifier(named, n, part) for n in w.names if n)]
        if len(shaped) == 1:
            return shaped[0], False
        # 全县居民人均消费支出A;城镇…B;农村…C。人均食品烟酒支出D,占人均消费支出的: of all the people, when neither
        # the part nor the name says which group
        if not any(_GROUP_WORD.search(x) for x in (named, label_of(part))):
            plain = [w for w in cands if not any(_GROUP_WORD.search(n) for n in w.names if n)]
            if len(plain) == 1 and len(plain) < len(cands):
                return plain[0], False
    # 各项贷款余额 for 占各项贷款的: the figure whose name holds the whole phrase, not one sharing its core (贷款)
    holding = [w for w in cands if len(named) >= 3 and any(_holds_name(named, n) for n in w.names)]
    if holding:
        # (本外币各项贷款余额A…。普惠小微贷款余额B,占各项贷款余额的比重为x: the one figure of the paragraph that holds
        # the name is its whole for sure)
        held = holding[0]
        return held, held.sent is s or (len(holding) == 1 and held.sent.para == s.para)
    # 汽车158.06万辆,占机动车总量的84.79%；…保有量达21.35万辆,占汽车保有量的13.51%: the figure named by the whole's
    # name less its measure (保有量), though it has a share of its own, over one that only shares words with it
    head = STOCK_MEASURE_END.sub("", named)
    if head != named and len(head) >= 2 and not any(n == named for w in cands for n in w.names):
        bare = next((w for w in every if w is not part and any(n == head for n in w.names if n)), None)
        if bare is not None:
            return bare, False
    up = parent.get(part)
    if len(cands) >= 2 and up in cands and up is not None:
        # 将原有156个窗口整合为98个,其中综合受理窗口42个,占窗口总数的42.9%: the whole the part is listed of, of
        # several named alike
        return up, up.sent is s
    if len(cands) >= 2 and (TOTAL_NAMED.search(named) or _PLACE_TOTAL.match(named)):
        # 占火灾总数的: the total of all the fires (接报火灾1128起), not the nearer fires of a kind (高层建筑火灾45起)
        cands = sorted(cands, key=lambda w: w.claim.value, reverse=True)
    if cands:  # a whole that only holds the name (其他地区收入 for 收入) is firm in the share's own sentence only
        return cands[0], cands[0].sent is s and _covers(named, cands[0])
    # 分别占可再生能源装机的 of 可再生能源发电装机A: a name with a word left out, never for sure (`loose`: the
    # shares of a list, which the name ties to their whole)
    c = core(named)
    near = [w for w in every if any(common_run(c, n) >= max(4, len(c) - 2) for n in w.names if n)] if loose else []
    if near:
        return near[0], False
    # 占仲裁立案数的 of 仲裁机构立案受理3424件: a name whose words the figure's name holds in order, words between
    stem = _COUNT_END.sub("", c)
    if len(stem) >= 4:
        spread = [w for w in pool if any(in_order(stem, n) for n in w.names if n)]
        if spread and TOTAL_NAMED.search(named):
            # 占接待游客总数的: of all the visitors (接待国内外游客A), not of the inbound ones named nearer
            return max(spread, key=lambda w: w.claim.value), False
        if spread:
            # 固定互联网宽带接入用户A。千兆…用户B,占固定宽带用户的x: the one figure so named, in the sentence before
            near = len(spread) == 1 and spread[0].sent.index >= s.index - 1 and len(stem) >= 5
            return spread[0], near
    if TOTAL_NAMED.search(named) and len(stem) >= 2:
        # 注销经营主体6.12万户,其中…办结4.35万户,占注销总量的71.1%: a total named by the deed (注销, 新设) is of the
        # largest figure near whose name opens with that deed
        acts = [w for w in every if w.sent.index >= s.index - 2 and w.label.startswith(stem) and w is not part]
        if acts:
            w = max(acts, key=lambda f: f.claim.value)
            return w, len(acts) == 1 and w.sent is s
    # a bulletin states GDP in its first chapter and R&D spending as a share of it in its tenth: a figure
    # so named further back is the whole, but the text may mean another year's or place's
    for t in reversed(doc.sentences[max(0, s.index - _FAR_REACH) : s.index]):
        for w in reversed(t.mains):
            if compatible(w, part) and not _has_share(w) and any(n in own for n in w.names):
                return w, False
    return None, False


_PLACE_TOTAL = regex.compile(r"^全[省市县区州国]\p{Han}{2}$")  # 占全市票房的: the place's total, the largest so named
_WHOLE_YEAR = regex.compile(r"^(?:全|本|当)?年")
_PART_OF_YEAR = regex.compile(r"^(?:[春夏秋冬]季|[一二三四]季度|第[一二三四]季度|上半年|下半年|汛期|\d{1,2}月)")


def _shares_qualifier(named: str, name: str, part: Fig) -> bool:
    """Whether the words `name` puts before the whole's name (全市居民人均 of 全市居民人均可支配收入) open the part's
    name as well."""
    i = name.find(named)
    q = name[:i] if i > 0 and name.endswith(named) else ""
    return len(q) >= 3 and any(n.startswith(q) for n in part.names if n)


def _holds_name(named: str, name: str) -> bool:
    """`name` holds the whole phrase `named`, not as part of a longer word (出口总值 is not in 进出口总值)."""
    return named in name and not inside_word(named, name)


def _period(t: Sentence) -> str | None:
    """The stretch of time a sentence states before its first figure (1-10月, 10月份), spaces and 份 left out."""
    head = t.text[: t.figs[0].claim.start - t.start] if t.figs else t.text
    m = PERIOD_SPAN.search(head)
    return regex.sub(r"[\s份]", "", m.group()) if m else None


def _same_period_whole(doc: Doc, s: Sentence, part: Fig, named: str) -> Fig | None:
    """The nearest figure named `named` before `part` in a sentence that states the same stretch of time as `s`."""
    own = _period(s)
    if own is None:
        return None
    for t in reversed(doc.sentences[max(0, s.index - _NEAR_REACH) : s.index]):
        if _period(t) != own:
            continue
        for w in reversed(t.mains):
            if compatible(w, part) and not _has_share(w) and names_match(named, w, whole=True):
                return w
    return None


def _periods_differ(doc: Doc, whole: Sentence, s: Sentence) -> bool:
    """Whether a whole's sentence states a stretch of time that other sentences near it, up to the share's, do
    not: 10月份 amid 1-10月 figures. Then a share that names its whole may mean the whole of either."""
    own = _period(whole)
    if own is None:
        return False
    near = doc.sentences[max(0, whole.index - 3) : s.index + 1]
    return any(p is not None and p != own for t in near if (p := _period(t)))


def _scoped(w: Fig, heads: frozenset[str] | set[str], part: Fig) -> bool:
    """Whether a figure's own name narrows its head to some units (纳入监测的A级旅游景区共接待游客 for 游客) that the
    part's sentence does not name too (规模以上工业企业营业收入 for the 利润 of 规模以上工业企业 is the whole)."""
    name = w.names[0] if w.names else ""
    ends = [name.rfind(h) for h in heads if h and h in name]
    before = name[: max(ends)] if ends else ""
    said = part.sent.between(part.sent.start, part.claim.start)
    marks = [u for u in lx.SCOPE_HOLDERS if u in before]
    if "的" in before:
        marks.append(before[: before.index("的")][-2:])
    return any(u and u not in said for u in marks)


_SCOPE_WORDS = regex.compile(r"^(?:全[国省市县区州镇乡]|全部|全)")


def _head_named(named: str, w: Fig) -> bool:
    """Whether the words a named whole puts before its last word (一般公共预算 of 一般公共预算收入) stand in `w`'s name
    or in its sentence before it: 税收收入 shares only 收入 with it and is another measure."""
    head = _SCOPE_WORDS.sub("", core(named))[:-2]
    if len(head) >= 2 and any(g is not w and any(n.endswith(head) for n in g.names if n) for g in w.sent.figs):
        # 受理各类案件9862件(其中旧存887件、新收8975件)…占新收案件的: another figure beside it bears the name
        return False
    if len(head) < 4 or head.startswith(("该", "此", "本", "这")):
        return True  # 占该类诉求的, 占档期总票房的: a short word or the kind named just before narrows nothing sure
    said = w.sent.text[: w.claim.start - w.sent.start]
    return any(x in said or any(x in n for n in w.names if n) for x in (head, head[-2:], head[:2]))


def _covers(named: str, w: Fig) -> bool:
    """Whether figure `w` counts all that a share's named whole does: the words the whole puts before what `w`
    is named (义务教育 of 义务教育在校生总数, for 初中…在校生20.47万人) stand in `w`'s name or in its sentence
    before it. A narrower figure may be meant by a loose text, but a miss against it proves nothing."""
    c = core(named)
    names = [n for n in w.names if n]
    found = (m for m in {*synonyms(c), *names} if len(m) >= 2 and m in c and any(m in n for n in names))
    matched = max(found, key=len, default="")
    rest = clean_label(c.replace(matched, "", 1)) if matched else ""
    if len(rest) < 2 or (matched and rest == w.claim.unit):  # 占…不合格批次的 of 不合格35批次: its measure word
        return True
    said = w.sent.text[: w.claim.start - w.sent.start]
    return rest in said or any(rest in n for n in names)


def _outcome_named(w: Fig) -> bool:
    """A figure named by what became of the things it counts (办结投诉, 已解决投诉): a part of their total."""
    return bool(STATUS_DONE.match(w.label) or OUTCOME_LEAD.match(w.label))


_COUNT_END = regex.compile(r"[数量额件]+$")


def _named_within(named: str, w: Fig) -> bool:
    """A share's named whole that holds what `w` counts and the rest of what its clause group says: 仲裁结案数 of
    仲裁机构…,结案3902件; 转派件总量 of 转派承办单位办理168155件."""
    stem = _COUNT_END.sub("", core(named))
    own = w.label
    if len(stem) < 2 or len(own) < 2:
        return False
    if stem in own:
        return not inside_word(stem, own)
    if own not in stem:
        return False
    rest = stem.replace(own, "", 1)
    s = w.sent
    head = next(g for g in s.figs if g.group == w.group)
    said = s.between(head.claim.start - len(head.lead), w.claim.start)
    return len(rest) >= 2 and rest in said


_GROUP_NOUN = regex.compile(r"(?:人群|群体|对象|人员|家庭|老人|儿童|学生|企业)$")


def _group_rate_of_deed(stem: str, listed: Fig, numerator: Fig) -> bool:
    """重点人群签约率 over 签约12.43万人: a rate of a group (人群, 对象) doing the deed the whole counts is over the
    group's people, not over those who did the deed."""
    deed = stem[-2:]
    group = stem[:-2]
    return (
        len(group) >= 2
        and _GROUP_NOUN.search(group) is not None
        and any(n.endswith(deed) for n in listed.names if n)
        and any(group in n for n in numerator.names if n)
    )


def _named_rate(
    doc: Doc, r: Fig, name: str, parent: dict[Fig, Fig], plus: dict[Fig, tuple[Fig, ...]]
) -> Share | Grim | Fig | None:
    """调解成功11929件, 调解成功率99.9%: the rate's name echoes its numerator; the base comes before.

    A rate of a population (参保率, 失业率) pairs only with a base named as that population (适龄儿童…中):
    the figures beside it are flows (新增参保1.3万人) or its own numerator (参保人员20.5万人)."""
    on_time = _ON_TIME.match(name)
    got = _named_rate_pair(doc, r, name, parent, plus)
    if on_time and not (isinstance(got, Share) and got.less) and not any(  # 逾期办结49件 says the rest
        on_time.group() in n for g in r.sent.figs[: r.pos] for n in (*g.names, CLAUSE_MARK.split(g.tail)[0]) if n
    ):
        # 办结149件,按时办结率100%: of those done, how many in time, which the text does not count; of an intake
        # stated alone (受理141件,按期办结率99.3%) some k of it may give it, though the rate may be of the closed
        return replace(got, tied=False) if isinstance(got, Grim) else None
    if (
        isinstance(got, Share)
        and got.part.claim.value > got.whole.claim.value
        and r.claim.value <= 100
        and got.whole.sent is got.part.sent
        and _SIBLINGS_GAP.search(got.part.sent.between(got.whole.claim.end, got.part.claim.start))
    ):
        # 复议案件37件、应诉案件52件,出庭应诉率100%; 仲裁立案5.72万件…;调解成功9.84万件,调解成功率…: a larger
        # numerator listed beside the base, or in another clause group, is not of that base
        got = replace(got, firm=False)
    stem = name[:-1]
    if isinstance(got, Share):
        got = _noted(_graded(got, stem))
    if got is None or not any(stem.endswith(w) for w in lx.POPULATION_BASED_RATES):
        return got
    if isinstance(got, Share) and (_population_base(got.whole) or got.whole.claim.kind in ("measure", "money")):
        return got  # 产生量126.4万吨,综合利用量108.9万吨,综合利用率: tonnes, not a population
    if isinstance(got, Share) and parent.get(got.part) is got.whole:
        return got  # 共有农户6.18万户,其中使用卫生厕所的农户5.65万户,普及率…: the text lists its numerator in it
    if isinstance(got, Share) and got.part.claim.unit not in lx.PERSON_UNITS and same_measure(got.part, got.whole):
        return got  # 在保公租房1,580套,已分配入住1,552套,入住率…: of things, not people, the stock before is the base
    if isinstance(got, Grim) and _population_base(got.base):
        return got  # 毕业生7843人,就业率97.4%: some k of the population named as the rate's base
    if isinstance(got, Fig):  # 适龄儿童1250人,入学1248人,入学率…: the population named before its numerator
        s = r.sent
        prev = doc.sentences[s.index - 1].figs if s.index and doc.sentences[s.index - 1].para == s.para else []
        whole = next(
            (
                w
                # 活产数6247人。…婴儿死亡18人,婴儿死亡率2.88‰: or in the sentence before, in its paragraph
                for w in [*reversed(s.figs[: got.pos]), *reversed(prev)]
                if w.is_level and not w.is_baseline and not w.paren and countable(w, got) and _population_base(w)
            ),
            None,
        )
        if whole is not None:
            return Share(r, got, whole, "the population named before its numerator", True)
    return None





# the tie of a rate to the count right before its numerator: unsure alone, sure when its like rows agree
ROW_TIE = "the count stated before its numerator"


_APPLIED = regex.compile(alternation(lx.APPLIED_WORDS))


def _named_of_both(stem: str, whole: Fig, part: Fig) -> bool:
    """老年人口50183人,接受健康管理38426人,老年人健康管理率…: the rate's name is the whole's word, then what the
    part's name ends with."""
    for k in range(2, len(stem) - 1):
        head, tail = stem[:k], stem[k:]
        if any(head in n for n in whole.names if n) and any(n.endswith(tail) for n in part.names if n):
            return True
    return False
_SIBLINGS_GAP = regex.compile(r"^[^,，]{0,12}、|[;；]")
_ON_TIME = regex.compile(r"^(?:按时|按期|及时|准时|限时|(?:法定|规定|承诺)?(?:审限|期限|时限)内)")  # 法定审限内结案率


def _listed_before(doc: Doc, r: Fig, stem: str, parent: dict[Fig, Fig]) -> Share | None:
    """受理1256件,其中调解结案356件。调解率28.3%: a rate that counts nothing before it in its sentence is of the
    item its name echoes in the list the sentence before states, over that list's whole. Firm only for a grade of
    an assessment (评查…优秀97卷,合格315卷,不合格24卷。合格率…), whose grades part what was assessed."""
    s = r.sent
    if not s.index or (t := doc.sentences[s.index - 1]).para != s.para:
        return None
    items = [f for f in t.figs if f in parent and not f.paren and _numerator_of(stem, f) and _names_stem(stem[-2:], f)]
    if not items:
        return None
    # of several so named (合格 and 基本合格), the one whose name is the rate's last word itself
    numerator = next((f for f in items if label_of(f).endswith(stem[-2:]) and grade(label_of(f)) == grade(stem)), None)
    numerator = numerator or (items[0] if len(items) == 1 else None)
    if numerator is None:
        return None
    whole = parent[numerator]
    if not countable(whole, numerator) or whole.claim.value < numerator.claim.value:
        return None
    graded = grade(stem) is not None and grade(label_of(numerator)) is not None
    return Share(r, numerator, whole, "the whole its numerator is listed in, the sentence before", graded)


def _graded_row_rates(s: Sentence, b: Breakdown) -> list[Share]:
    """行政处罚 | 120 | 38 | 76 | 6 | 95.0% under … | 合格率: a rate of a grade in a row that sorts its count into
    grades is that grade, and maybe the grades above it, over the count."""
    assert b.whole is not None
    out = []
    for r in s.figs:
        tier = grade((r.claim.subject or "").removesuffix("率")) if r.is_rate and r.pos > b.parts[-1].pos else None
        part = next((p for p in b.parts if grade(p.claim.subject or "") == tier), None) if tier is not None else None
        if part is not None:
            above = tuple(p for p in b.parts if (g := grade(p.claim.subject or "")) is not None and g < (tier or 0))
            out.append(Share(r, part, b.whole, "the row's grades over its count", True, above=above))
    return out


def _graded(got: Share, name: str) -> Share:
    """A rate of a grade counts the grades listed above it too (优秀58卷、合格287卷…,合格率); one of 基本级以上 or
    本科及以上 is of the item of that grade and those above it."""
    rank = grade(name)
    if rank is None:
        return got
    if "以上" in name:
        r = got.rate
        figs = reversed(r.sent.figs[: r.pos])
        same = next((f for f in figs if f.is_part and compatible(f, got.part) and grade(f.label) == rank), None)
        if same is not None and same is not got.whole:
            got = replace(got, part=same)
    return replace(got, above=higher_grades(got.part))


_INCLUDES_NOTE = regex.compile(r"率\s*[(（](?:含|包括|包含)(?P<what>[^()（）]{2,8})[)）]")


_ORDER = r"^(?P<n>[一二三四五六七八九十两\d]{1,2})"  # 二孩, 3级
_ORDINAL_UP = regex.compile(_ORDER + r"(?P<kind>[A-Z]?\p{Han}{1,3}?)(?:及以上|以上)")  # 二孩及以上, 3A级及以上
_ORDINAL_ITEM = regex.compile(_ORDER + r"(?P<kind>[A-Z]?\p{Han}{1,3})")


def _and_above(got: Share, name: str) -> Share:
    """二孩5120人,三孩及以上1157人,二孩及以上占比41.3%: a rate of an order and those above it counts the items
    of the higher orders listed with its own."""
    m = _ORDINAL_UP.match(clean_label(name))
    if m is None or (n := one_digit(m.group("n"))) is None:
        return got
    kind, r = m.group("kind"), got.rate
    higher = []
    own = None
    for f in r.sent.figs[: r.pos]:
        o = _ORDINAL_UP.match(label_of(f)) or _ORDINAL_ITEM.match(label_of(f))
        if o is None or not (o.group("kind") == kind or o.group("kind").startswith(kind[:2])):
            continue
        if not compatible(f, got.part) or f is got.whole:
            continue
        k = one_digit(o.group("n"))
        if k is not None and k > n:
            higher.append(f)
        elif k == n:
            own = f  # 4A级3家、3A级9家、2A级5家,3A级及以上占比: the item of the named order, not the nearest
    if own is not None and own is not got.part:
        got = replace(got, part=own)
    taken = {got.part, got.whole, *got.above, *got.more}
    higher = [f for f in higher if f not in taken]
    return replace(got, more=(*got.more, *higher)) if higher else got


def _item_or_list(sh: Share, parent: dict[Fig, Fig]) -> Share:
    """余额612.48亿元,其中一般债务A、专项债务B,占限额640亿元的95.7%: a share said right after the last item of a
    、-list may be of the item or of the list's whole; the whole when only it fits, and no proof when neither does."""
    p = sh.part
    w = parent.get(p)
    if w is None or sh.whole is w or sh.more or sh.above or not ENUM_NEXT.fullmatch(p.lead):
        return sh
    nxt = p.sent.figs[p.pos + 1] if p.pos + 1 < len(p.sent.figs) else None
    if nxt is None or nxt is sh.rate or not nxt.is_level:
        return sh  # the share's own whole must stand after the item: 占限额640亿元的
    if rules.fits(sh):
        return sh
    whole = replace(sh, part=w, tie=sh.tie + ", of the list's whole")
    return whole if rules.fits(whole) else replace(sh, firm=False)


def _noted(got: Share) -> Share:
    """满意21903件、基本满意2154件…,满意率(含基本满意)96.94%: the note says which other item the rate counts."""
    m = _INCLUDES_NOTE.search(got.rate.clause)
    if m is None:
        return got
    what = m.group("what")
    r = got.rate
    taken = {got.part, got.whole, *got.above, *got.more}
    extra = next(
        (
            f
            for f in reversed(r.sent.figs[: r.pos])
            if f not in taken and f.is_part and compatible(f, got.part) and any(n.endswith(what) for n in f.names if n)
        ),
        None,
    )
    return replace(got, more=(*got.more, extra)) if extra is not None else got


def _population_base(w: Fig) -> bool:
    """A figure stated as the population a rate is of: 适龄儿童1200人中, 应参保人员, 毕业生."""
    return bool(BASE_OF_FOLLOWING.match(w.tail)) or any(b in n for b in lx.POPULATION_BASES for n in w.names if n)


def _whole_past_its_list(s: Sentence, numerator: Fig, parent: dict[Fig, Fig]) -> Fig | None:
    """The level of the sentence's first clause group whose listed kinds are every figure between it and the
    numerator, at least as large as the numerator."""
    levels = [f for f in s.figs[: numerator.pos] if f.is_level and not f.is_baseline and not f.paren]
    if len(levels) < 3 or levels[0].group != 0 or numerator.group == 0:
        return None
    w = levels[0]
    between = levels[1:]
    if all(parent.get(g) is w for g in between) and countable(w, numerator) and w.claim.value >= numerator.claim.value:
        return w
    return None


def _named_rate_pair(
    doc: Doc, r: Fig, name: str, parent: dict[Fig, Fig], plus: dict[Fig, tuple[Fig, ...]]
) -> Share | Grim | Fig | None:
    s = r.sent
    stem = name[:-1]
    cands = [f for f in reversed(s.figs[: r.pos]) if f.is_level and not f.is_baseline and not f.paren]
    if not stem:
        return None
    if not any(f.is_level and not f.is_rate for f in s.figs[: r.pos]):
        return _listed_before(doc, r, stem, parent)
    if not cands:
        return None
    # the numerator stands in the rate's own ;-group: 合格1231份,合格率97.4%；公共场所卫生检测合格率96.3% is not of it
    counting = [
        f for f in cands if f.group == r.group and not is_base(f) and _numerator_of(stem, f) and not _holders(f, r)
    ]
    # 集中供养3127人、分散供养6729人,集中供养率…: the figure the whole name fits, over one that shares its last word
    numerator = next((f for f in counting if _names_stem(stem, f)), counting[0] if counting else None)
    if numerator is None:
        # 收到提案612件,立案538件,立案率87.9%: a total the rate's name echoes counts what the rate counts;
        # the base is a total before it that the name does not echo
        numerator = next(
            (
                f
                for f in cands
                if f.group == r.group
                and _names_stem(stem, f)
                and not _holders(f, r)
                and not _denied(stem, f)  # 不予受理211件 is no numerator of 受理率
                and any(is_base(w) and not _names_stem(stem, w) for w in cands if w.pos < f.pos)
            ),
            None,
        )
    if numerator is None:
        # 审结一审案件14926件,当事人提出上诉2089件,上诉率…: a figure stated as an intake of its own (提出) may be the
        # numerator, when a larger count of its measure stands before it in the group
        numerator = next(
            (
                f
                for f in cands
                if f.group == r.group
                and is_base(f)
                and _numerator_of(stem, f)
                and not _holders(f, r)
                and any(countable(w, f) and w.claim.value > f.claim.value for w in cands if w.pos < f.pos)
            ),
            None,
        )
    if numerator is None:
        within = _within(r, cands, stem)
        if within is not None:
            return within
        # 收到申请642件,…。依法受理587件,受理率91.4%: the rate's own figure opens its sentence, the intake it is of
        # closed the one before
        # 纠错决定的共25件,直接纠错率…: or the one figure before the rate, a total of what the rate counts
        first = cands[-1]
        alone = first.pos == r.pos - 1 and _numerator_of(stem, first)
        named = first if first.group == r.group and (_names_stem(stem, first) or alone) else None
        if named is not None and not _denied(stem, named):
            earlier = _base_before(doc, named, stem)
            if earlier is not None:
                tie = "the intake stated in the sentence before"
                return Share(r, named, earlier, tie, _found_fixed(stem, earlier), plus=_carried_over(earlier))
        rest = _complement(doc, r, cands, stem)
        if rest is not None:
            return rest
        items = _item_base(r, cands, stem)
        if items is not None:  # 反馈问题28项,整改完成率96.2%: some k of the 28 must give it
            return Grim(r, items, True)
        # no count of successes: the nearest intake count is the base, and some k/n must give the rate
        # the count right before the rate, or one the rate's name echoes (抽检…, 抽检合格率): 行政执法主体56个,
        # 执法人员2856人,…持证率 is not of the 56
        # 立案500件,立案率…: a total the rate's name echoes is its numerator, no base
        base = next((f for f in cands if is_base(f) and (f is cands[0] or echo(stem, f) >= 2)), None)
        if base is not None and _names_stem(stem, base):
            base = None
        if base is not None and stem.startswith(_OVERALL) and base in parent:
            base = parent[base]  # 检测412批次,其中…抽查264批次,总体合格率99.3%: of all, not of the last kind
        # 平均办结率 of 56个部门: an average of rates, not a count out of the 56
        averaged = AVERAGE.search(stem) or AVERAGE.search(r.clause)
        scope = BASE_OF_FOLLOWING.match(base.tail) if base is not None else None
        ends = scope is not None and CLAUSE_MARK.search(base.tail, scope.end() + 1) if base is not None else False
        if base is not None and base.pos + 1 == r.pos and ends:
            base = None  # 是四项收入中增速最快的一项,对收入增长的贡献率超过三成: the rate is said of another thing
        listed_in = parent.get(base) if base is not None and base is cands[0] else None
        if (
            listed_in is not None
            and base is not None
            and base.pos == r.pos - 1
            and base.group == r.group
            and listed_in.sent is s
            and PARTS_CUE.search(s.between(listed_in.claim.end, base.claim.start))
        ):
            # 实施查验3378票,…,其中查验发现问题412票,查获率12.2%: a part listed with 其中 right before the rate,
            # however it reads as a count found, is likely that part over the whole it is listed in
            return Share(r, base, listed_in, "the whole its part is listed in", False)
        if base is not None and base.exact_count and not SURVEY_RATE.search(stem) and not averaged:
            # 在12个部门中,网上办理率…: a rate within units that hold what it counts is no count of the units
            tied = bool(BASE_OF_FOLLOWING.match(base.tail)) and base.claim.unit not in lx.HOLDER_UNITS
            return Grim(r, base, tied or _tested(base, r, stem) or _closed_of_intake(base, r, stem))
        near = cands[0]
        whole = parent.get(near)
        # (判处罪犯598人。其中,…罪犯63人,重刑率…: the whole closes the sentence before one that opens on 其中)
        opened = whole is not None and whole.sent.index == s.index - 1 and bool(PARTS_CUE.match(s.text.lstrip()))
        if (
            base is None
            and whole is not None
            and near.pos == r.pos - 1
            and near.group == r.group
            and (
                (whole.sent is s and PARTS_CUE.search(s.between(whole.claim.end, near.claim.start)))
                or (opened and near.pos == 0)
            )
        ):
            # 判处罪犯1752人,其中判处五年以上…的217人,重刑率12.4%: a rate right after a part listed with 其中 is
            # likely that part over the whole it is listed in
            return Share(r, near, whole, "the whole its part is listed in", False)
        if (
            base is None
            and near.pos == r.pos - 1
            and near.group == r.group
            and near.exact_count
            and (near.claim.unit not in lx.HOLDER_UNITS or stem.endswith(lx.STATE_RATES))
            and not _names_stem(stem, near)
            and not SURVEY_RATE.search(stem)
            and not averaged
        ):
            # 土地权属争议18起,调处成功率83.3%: the count right before the rate, though stated as no intake, is
            # likely its base; some k of it should give the rate, but a miss proves nothing (unless the count is of
            # those put to the test the rate's outcome is of)
            return Grim(r, near, _tested(near, r, stem))
        return None
    # the nearest base before the numerator: "977件中直接纠错236件", "受理纠纷11933起"
    bases = [
        w
        for w in s.figs[: numerator.pos]
        if w.is_level and not w.is_baseline and countable(w, numerator) and is_base(w) and not _names_stem(stem, w)
    ]
    listed = parent.get(numerator)
    if (
        listed is not None
        and listed.sent is s  # 分类别看,代表建议已办复231件,办复率…: a part in a sentence of its own has its own rate
        and _numerator_of(stem, listed)
        # 执结2654件,其中实际执结1126件,实际执结率…: a rate named for the part, not for the whole, is of the whole
        # (利用处置量A,其中…,综合利用处置率: a rate of all ways together bears the name of the whole)
        and (_names_stem(stem, listed) or _names_stem(_ALL_WAYS.sub("", stem), listed))
        and not is_base(listed)
        # 其中,市中院受理1.27万件…;审执结1.19万件,结案率…: the part's own intake stands after the whole
        and not any(b.sent is not listed.sent or b.pos > listed.pos for b in bases)
        # 开放鉴定A,其中向社会开放B,开放率…;控制使用C: the one part named for the rate is what it counts
        and not _sole_named(stem, numerator, [p for p, w in parent.items() if w is listed])
    ):
        # 债务余额84.32亿元,其中一般债务…、专项债务…,债务率136.8%: the rate counts all the debt, over a base unsaid
        return None
    # 起诉2760人,不起诉390人,不起诉率…: over the outcomes together before the intake both are listed in
    denied = _denied_with_sibling(r, numerator, stem, bases)
    if denied is not None:
        return denied
    # 已审结431件。在审结案件中,…直接纠错57件,纠错率…: the whole of a list whose scope names it, a sentence before
    earlier_whole = (
        listed is not None
        and listed.sent is not s
        and listed.sent.section == s.section
        and s.index - 2 <= listed.sent.index < s.index
        and (
            (BASE_OF_FOLLOWING.match(s.text) and not PARTS_CUE.match(s.text))  # 其中,首次执行案件…: a part listed
            # 规上工业企业1318家。其中,亏损企业176家,亏损面…: the share of the units so counted, of them all
            or (name.endswith("面") and PARTS_CUE.match(s.text.lstrip()) is not None)
            # 抽查案卷436卷。评查结果:优秀97卷,合格315卷…,合格率…: a grade of what the sentence before counts
            or (grade(stem) is not None and grade(label_of(numerator)) == grade(stem))
        )
    )
    # 合格1,193份…。其中,“千吨万人”水样416份,合格412份,合格率99.0%: the count right before the numerator in its own
    # group is its base, not the whole it is listed in a sentence back
    own_base = (
        numerator.pos > 0
        and (g := s.figs[numerator.pos - 1]).group == numerator.group
        and g.is_level
        and not g.is_baseline
        and countable(g, numerator)
        and g.claim.value >= numerator.claim.value
    )
    if listed is not None and _group_rate_of_deed(stem, listed, numerator):
        return None  # 家庭医生签约12.43万人,其中重点人群签约7.85万人,重点人群签约率: of the group's people, unsaid
    if listed is not None and (
        (listed.sent is s and listed.pos < numerator.pos) or (earlier_whole and not own_base)
    ) and countable(listed, numerator):
        # 受理1256件,审结1203件,其中调解结案356件,调解率…: of the whole the numerator is listed in, else the intake
        others = tuple(w for w in reversed(bases) if w is not listed)
        together = plus.get(numerator, ())
        # 诉求5213件,…;对其中4806件开展回访,满意的4652件,满意率…: a count in the numerator's own group, between it and
        # the list's whole, may be the base instead (the ones called back, of whom some were satisfied)
        inner = tuple(
            g for g in _other_bases(s, numerator, listed) if g.group == numerator.group and g.pos > listed.pos
        )
        # 转办3724件。已办结3651件,办结率…;其中按时办结3607件,按时办结率96.86%: or of what the list's whole is of
        outer = _base_before(doc, listed, stem)
        extra = (outer,) if outer is not None and outer not in others else ()
        # 应结案46870件,实际结案45912件,…其中按期结案44380件,按期结案率94.69%: or of what was due
        due = listed.sent.figs[listed.pos - 1] if listed.pos else None
        if due is not None and due.is_level and _DUE.match(due.clause) and _DONE_OF_DUE.match(listed.clause):
            extra += (due,) if due not in others and countable(due, numerator) else ()
        return Share(
            r,
            numerator,
            listed,
            "the whole its numerator is listed in",
            # 处罚决定11052件,其中简易程序3904件；重大执法决定法制审核1268件,审核率100%: past a ；the rate may
            # be of what its own clause names (the decisions due for review), not of the list's whole; nor for sure
            # past a count in another measure word (拨打电话约4.9万个,成功访问12600人,其中有效样本12388个)
            not inner and numerator.group == listed.group and not _other_count_between(listed, numerator),
            alts=inner + tuple(w for w in others if w not in inner) + extra,
            plus=together,
        )
    # 玩具抽检58批次,不合格19批次,…;灯具抽检47批次,不合格12批次,不合格发现率…: a total in the numerator's own ;-group
    # is its base, not one of a group before (when the rate follows its numerator: not 各环节不合格率分别为…)
    if numerator.pos + 1 == r.pos:
        bases = [w for w in bases if w.group == numerator.group] or bases
    if len(bases) == 1:
        w = bases[0]
        if _new_intake(w, stem):  # 新收12560件,结案12896件,结案率93.5%: of 新收 and 旧存 together
            return Share(r, numerator, w, "the new cases stated before it (old ones may count too)", False)
        # 受理7248件,审结7015件,…；调解成功4326件,调解成功率61.7%: the rate may be of the cases closed
        others = _other_bases(s, numerator, w)
        # 办理行政复议案件11件、行政诉讼案件27件,败诉3件,败诉率…: of the first kind, or of the kinds together
        together = tuple(g for g in kinds_beside(w, forward=True) if g.pos < numerator.pos)
        # 建成高标准农田62.3万亩,流转土地21.7万亩,农村土地流转率…: a rate that names its own object (农村土地), which
        # the total before it does not, may be of another whole
        firm = _object_named(stem, numerator, w)
        # 完成投资6512万元,投资完成率95.1%;已拨付资金6205万元,资金拨付率90.6%: a total in another ;-group with a rate
        # of its own is another flow, maybe not the base
        own_rate = w.pos + 1 < len(s.figs) and s.figs[w.pos + 1].is_rate and s.figs[w.pos + 1] is not r
        firm = firm and not (own_rate and w.group != numerator.group)
        return Share(r, numerator, w, "the total stated before it in the sentence", firm, alts=others, plus=together)
    if bases:  # 收到120件, 受理110件, 办结100件, 办结率…: either total may be meant
        return Share(
            r,
            numerator,
            bases[-1],
            "one of the totals stated before it",
            False,
            alts=tuple(reversed(bases[:-1])),
        )
    again = _restated(doc, numerator)
    if again is not None:
        return Share(r, numerator, again, f"the total its {numerator.claim.text} is restated with", True)
    near = next(
        (
            w
            for w in reversed(s.figs[: numerator.pos])
            if w.group == numerator.group
            and w.is_level
            and not w.is_baseline
            and not w.paren
            and countable(w, numerator)
            and not _names_stem(stem, w)
            # 宫颈癌筛查15.82万人、乳腺癌筛查14.37万人,筛查率…: kinds side by side in a 、-list, no base
            and "、" not in s.between(w.claim.end, numerator.claim.start)
        ),
        None,
    )
    rated = near is not None and near.pos + 1 < len(s.figs) and s.figs[near.pos + 1].is_rate
    # 直接纠错236件,纠错率24.2%,…结案170件,调解率…: a count with a rate of its own is a sibling outcome, no base
    if near is not None and not rated and near.claim.value >= numerator.claim.value:
        # 诉前检察建议78件,回复整改75件,回复整改率…; 群众参评1652件,表示满意的1571件,满意率…: the count stated before
        # the numerator in its clause group, though not named as an intake
        # 纳入满意度评价的信访事项2874件,…满意的2716件,满意率: the count is named for what the rate measures; 涉及金额
        # 1.12亿元,已整改0.97亿元,整改率: the numerator is the count's part done. Either way the three stand in a row
        in_row = near.pos + 1 == numerator.pos and numerator.pos + 1 == r.pos
        key = stem[-2:]
        firm = in_row and (
            any(key in n for n in near.names if n)
            or label_of(numerator) in ("已" + stem, "已" + key)
            or _named_of_both(stem, near, numerator)
            # 对386件有效申诉逐件进行回访,满意的373件,回访满意率: the deed the rate is named for is done to the count
            or (len(stem) >= 4 and stem[:2] in CLAUSE_MARK.split(s.between(near.claim.end, numerator.claim.start))[0])
            # 申请救助的儿童152名,经评估纳入救助148名,纳入率: what was applied for, and the part its rate names
            or (bool(_APPLIED.search(near.clause)) and len(stem) >= 2 and stem in label_of(numerator))
        )
        return Share(r, numerator, near, ROW_TIE, firm)
    if near is None and (listing := _whole_past_its_list(s, numerator, parent)) is not None:
        # 发出诉前检察建议8642件,按领域分,…其他领域1282件;到期回复整改8596件,回复整改率: the count whose kinds stand
        # between it and the numerator, in the sentence
        return Share(r, numerator, listing, "the count stated before its numerator, past its kinds", False)
    earlier = _base_before(doc, numerator, stem)
    if earlier is not None:  # 受理2374件,比上年…。审结2295件,结案率96.7%
        tie = "the intake stated in the sentence before"
        return Share(r, numerator, earlier, tie, _found_fixed(stem, earlier), plus=_carried_over(earlier))
    return numerator  # a numerator without a base: the caller may find one beside it


_OUTCOME_OBJECT = regex.compile(
    rf"^(?:全年|共|已|依法)*(?:{alternation(lx.OUTCOME_WORDS)})(?P<object>\p{{Han}}{{2,8}})$"
)


def _found_fixed(stem: str, base: Fig) -> bool:
    """发现问题隐患58个。已完成整改53个,整改率…: problems put right are of the problems found and nothing else (no
    cases carried over, as a 结案率 may count), so a miss of the count found is an error."""
    return stem.endswith(lx.FIX_RATES) and bool(_FOUND.search(base.clause))


_FOUND = regex.compile(r"发现|排查|查出|查找|检出|反馈")


def _outcome_object(f: Fig) -> str:
    """What a figure named by an outcome and its object counts the outcome of: 办结投诉 → 投诉."""
    m = _OUTCOME_OBJECT.match(label_of(f))
    return m.group("object") if m else ""


def _carried_over(w: Fig) -> tuple[Fig, ...]:
    """收到申请23件,另有上年结转1件: the cases carried over from the year before, which a rate of those closed may be
    taken of together with the intake."""
    after = w.sent.figs[w.pos + 1 :]
    return tuple(f for f in after if f.is_level and same_measure(f, w) and "结转" in f.clause)[:1]


def _base_before(doc: Doc, numerator: Fig, stem: str) -> Fig | None:
    """The intake a rate's numerator that opens its sentence is of: the last total stated in the sentence before,
    in the same paragraph, of its measure and no smaller (受理2374件,比上年的2093件增加281件。审结2295件,结案率…)."""
    s = numerator.sent
    owner = label_of(numerator).removesuffix(stem) if label_of(numerator).endswith(stem) else ""
    owner = _OWNER_TAIL.sub("", owner)  # 代表建议已办复231件,办复率…: the group before the adverb of the deed
    before = [f for f in s.figs[: numerator.pos] if f.is_level and not f.is_baseline and f.group == numerator.group]
    if s.index and not before and len(owner) >= 2 and not _OWNER_NOT.match(owner):
        # 本科生2096人…。(2.2)本科生落实1844人,落实率87.98%: the group named before the deed, stated sections back
        # (硕士生 of 硕士研究生: the name said shorter)
        got = _named_back(doc, numerator, 8, lambda n: n.endswith(owner) or spread_in(owner, n))
        if got is not None:
            return got
        if len(owner) >= 4:
            # 一、…毕业生5862人,其中硕士研究生712人…。二、…(二)…硕士研究生落实667人,落实率93.68%: the one count of the
            # group so named, chapters back
            named = [
                w
                for t in doc.sentences[max(0, s.index - 40) : s.index]
                for w in t.mains
                if countable(w, numerator)
                and w.claim.value >= numerator.claim.value
                and any(n.endswith(owner) for n in (label_of(w), w.claim.subject or "") if n)
            ]
            if len(named) == 1:
                return named[0]
    if s.index == 0 or any(f.is_level and not f.is_baseline for f in s.figs[: numerator.pos]):
        return None
    named = _outcome_object(numerator)
    if named:  # 其中,投诉31,247件,举报…。全年办结投诉30,962件,办结率…: the figure named as what was closed
        # (一)立刑事案件2136起…(三)破获刑事案件1427起,破案率: under a sibling section of the chapter too
        got = _named_back(doc, numerator, 5, lambda n: n.endswith(named))
        if got is not None:
            return got
    prev = doc.sentences[s.index - 1]
    if prev.para != s.para:
        return _closed_by_date(doc, numerator, stem)
    scope = BASE_OF_FOLLOWING.match(s.text)
    verb = scope_verb(scope.group().removesuffix("中")) if scope is not None and not PARTS_CUE.match(s.text) else ""
    if verb:
        # 审结6337件…。仲裁审结案件中,以调解方式结案3105件,调解率…: the figure the scope names, not the intake
        named = next(
            (
                w
                for w in reversed(prev.figs)
                if w.is_level
                and not w.is_baseline
                and countable(w, numerator)
                and w.claim.value >= numerator.claim.value
                and any(verb in n for n in (*w.names, w.clause) if n)
            ),
            None,
        )
        if named is not None:
            return named
    # 受理诉求18.62万件。从诉求类型看,咨询类…。按期办结18.47万件,按期办结率…: a sentence that only breaks the
    # intake down stands between it and what was done with it
    earlier = doc.sentences[s.index - 2] if s.index >= 2 else None
    between = PARTS_CUE.match(prev.text.lstrip()) and earlier is not None and earlier.para == s.para
    if between:
        # 其中投诉1507件、举报451件。投诉按时办结率100%,调解成功1133件,调解成功率…: the kind the sentence opens on
        kind = next(
            (
                w
                for w in prev.figs
                if w.is_level
                and countable(w, numerator)
                and len(label_of(w)) >= 2
                and s.text.lstrip().startswith(label_of(w))
                and w.claim.value >= numerator.claim.value
            ),
            None,
        )
        if kind is not None:
            return kind
    for t in (prev, earlier) if between else (prev,):
        got = next(
            (
                w
                for w in reversed(t.figs)
                if w.is_level
                and not w.is_baseline
                and not w.paren
                and (is_base(w) or _closed(w, numerator) or _TASK_SET.search(w.clause))
                and countable(w, numerator)
                and not _names_stem(stem, w)
                and w.claim.value >= numerator.claim.value
            ),
            None,
        )
        if got is not None or t is earlier:
            return got
    return _closed_by_date(doc, numerator, stem)


# 下达我市高标准农田建设任务12万亩。…已开工10.46万亩,开工率87.2%: the task set, the base of what was done of it
_TASK_SET = regex.compile(r"(?:建设|年度|全年)?任务$")


def _named_back(doc: Doc, numerator: Fig, reach: int, names: Callable[[str], bool]) -> Fig | None:
    """The last figure so named (`names` of its label or subject), no smaller than the numerator and countable with
    it, in the `reach` sentences before its own, within its section or a sibling section of the chapter."""
    s = numerator.sent
    for t in reversed(doc.sentences[max(0, s.index - reach) : s.index]):
        if t.section != s.section and (len(s.section) < 2 or t.section[:-1] != s.section[:-1]):
            break
        got = next(
            (
                w
                for w in reversed(t.figs)
                if w.is_level
                and not w.is_baseline
                and countable(w, numerator)
                and w.claim.value >= numerator.claim.value
                and any(names(n) for n in (label_of(w), w.claim.subject or "") if n)
            ),
            None,
        )
        if got is not None:
            return got
    return None


def _closed_by_date(doc: Doc, numerator: Fig, stem: str) -> Fig | None:
    """全年受理法律援助案件647件。其中民事…。刑事案件中,…。全年结案603件,结案率93.2%: the intake that opens the
    paragraph, past the sentences that break it down; or the paragraph before, when this one opens with what was
    closed by a date (…共受理投诉14683件…。⏎截至2025年1月15日,已办结14526件,办结率98.9%)."""
    s = numerator.sent
    opening = _DATE_LEAD.sub("", s.text.lstrip())
    if any(stem.endswith(w) for w in lx.CLOSING_RATES) and _CLOSED_OPENS.match(opening):
        dated = opening != s.text.lstrip()
        for t in reversed(doc.sentences[max(0, s.index - 4) : s.index]):
            if t.para != s.para and not (dated and t.section == s.section and t.para == s.para - 1):
                break
            got = next(
                (
                    w
                    for w in t.figs
                    if w.is_level
                    and _INTAKE_OPENS.match(label_of(w))
                    and countable(w, numerator)
                    and w.claim.value >= numerator.claim.value
                ),
                None,
            )
            if got is not None:
                return got
    return None


_OWNER_TAIL = regex.compile(r"(?:已经|已|共|累计|全部|均)$")
_OWNER_NOT = regex.compile(r"^(?:全年|本年|全市|全县|全区|全省|全校|累计|共|已|其中)")


_DATE_LEAD = regex.compile(r"^截至\d{4}年\d{1,2}月(?:\d{1,2}日|底|末)?[,，]\s*")
_CLOSED_OPENS = regex.compile(r"^(?:全年|本年|年内|当年)?(?:共|已)?(?:结案|审结|办结|执结)")
_INTAKE_OPENS = regex.compile(r"^(?:全年|本年|年内|当年)?(?:共|累计)?(?:受理|收案|新收)")


_CORRECTION = regex.compile(rf"^(?:被|依法)?(?:{alternation(lx.CORRECTIONS)})")


def _corrections(doc: Doc, r: Fig, name: str, parent: dict[Fig, Fig]) -> Share | None:
    """审结549件,其中维持372件、撤销41件、确认违法23件、责令履行6件…,直接纠错率12.8%: the corrections listed (撤销,
    变更, 确认违法, 责令履行) over the whole they are listed of. Only 直接纠错率 is defined so for sure; a
    综合纠错率 may count settlements too, so a miss of it is unverifiable."""
    s = r.sent
    listed = [f for f in s.figs[: r.pos] if f in parent and _CORRECTION.match(label_of(f))]
    # 审结案件中,维持…、撤销13件…。以确认违法、撤销方式直接纠错28件,纠错率14.9%: the list in a sentence before
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if listed or t.para != s.para:
            break
        listed = [f for f in t.figs if f in parent and _CORRECTION.match(label_of(f))]
    if not listed:
        return None
    whole = parent[listed[-1]]
    fixes = [f for f in listed if parent[f] is whole]
    firm = name.endswith("直接纠错率")
    own = next(
        (f for f in reversed(s.figs[: r.pos]) if f.is_level and any("纠错" in n for n in f.names if n)), None
    )
    if own is not None and countable(own, whole):  # 直接纠错28件,纠错率…: the count of them stated, not the items
        return Share(r, own, whole, "the corrections of the cases closed", firm)
    return Share(r, fixes[0], whole, "the corrections listed of the cases closed", firm, more=tuple(fixes[1:]))


def _holders(f: Fig, r: Fig) -> bool:
    """12个饮用水水源地水质达标率100%: a count set right before the rate's name, with no clause mark between,
    counts what the rate is of, not what it counts."""
    between = r.sent.between(f.claim.end, r.claim.start)
    return f.pos == r.pos - 1 and "率" in between and not CLAUSE_MARK.search(between)


def _item_base(r: Fig, cands: list[Fig], stem: str) -> Fig | None:
    """The count of items set right before a rate of items done (问题28项, 整改完成率): in its clause group, with
    nothing between, named as problems or tasks and not as done (已整改问题 counts what the rate counts)."""
    if not any(stem.endswith(w) for w in lx.ITEM_RATES):
        return None
    w = cands[0]
    if w.pos != r.pos - 1 or w.group != r.group or not w.exact_count or w.claim.unit not in _ITEM_UNITS:
        return None
    label = label_of(w)
    if _outcome_named(w) or label.startswith("已") or not any(n in label for n in lx.ITEM_NOUNS):
        return None
    return w


_ITEM_UNITS = frozenset({"项", "个", "条", "件", "处", "批"})


def _other_bases(s: Sentence, numerator: Fig, base: Fig) -> tuple[Fig, ...]:
    """The other counts before a numerator that could be its base: of its measure and not smaller, nearest
    first. A rate that does not fit its intake but fits one of these is of that one."""
    return tuple(
        g
        for g in reversed(s.figs[: numerator.pos])
        if g is not base
        and g.is_level
        and not g.is_baseline
        and not g.paren
        and countable(g, numerator)
        and g.claim.value >= numerator.claim.value
    )


def _new_intake(base: Fig, stem: str) -> bool:
    """A closing rate (结案率) over a base named as new intake (新收): the cases carried over count too."""
    return any(stem.endswith(w) for w in lx.CLOSING_RATES) and any(
        w in n for w in lx.NEW_INTAKE for n in base.names if n
    )


def _within(r: Fig, cands: list[Fig], stem: str) -> Share | None:
    """1468项事项中可网上办理1409项, 网上可办率96.0%: the one figure counted within an "N中" total, when the
    rate's name echoes it (网上). Not firm: the rate's name is not the figure's."""
    scope = next((w for w in cands if BASE_OF_FOLLOWING.match(w.tail)), None)
    if scope is None:
        return None
    inside = [f for f in cands if f.pos > scope.pos and countable(f, scope)]
    if len(inside) != 1:
        return None
    # 54家定点医疗机构中,有49家实现DRG付费,覆盖率…: the one figure within, right before the rate in its clause group
    # (not a rate of what became of the figure within: 320家企业中,发现问题企业45家,整改率100% is of the 45)
    beside = inside[0].pos == r.pos - 1 and inside[0].group == r.group and not OUTCOME.search(stem)
    if echo(stem, inside[0]) < 2 and not beside:
        return None
    return Share(r, inside[0], scope, "the total it is counted within", False)


def _object_named(stem: str, numerator: Fig, base: Fig) -> bool:
    """Whether the base echoes what the rate's name puts beside the words it shares with its numerator (农村土地 of
    农村土地流转率 beside 流转; nothing beside 调解成功 of 调解成功率): True when there is nothing beside."""
    shared = max((_longest_shared(stem, n) for n in numerator.names if n), key=len, default="")
    rest = clean_label(stem.replace(shared, "", 1)) if len(shared) >= 2 else ""
    # 风险消除率 of 已消除风险517户: the object the numerator names itself, the words the other way round;
    # 不合格发现率 of 不合格12批次: a verb of finding beside it names no object
    if len(rest) < 2 or rest in lx.FINDING_RATE_VERBS:
        return True
    return echo(rest, base) >= 2 or any(rest in n for n in numerator.names if n)


def _longest_shared(a: str, b: str) -> str:
    """The longest run of characters `a` and `b` share."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = a[i:j]
    return best


def _sole_named(stem: str, numerator: Fig, siblings: list[Fig]) -> bool:
    """Whether of two or more parts of a list only `numerator` bears the rate's last word (开放 of 开放率)."""
    key = stem[-2:]
    named = [p for p in siblings if any(n.endswith(key) for n in p.names if n)]
    return len(siblings) >= 2 and named == [numerator]


_ALL_WAYS = regex.compile(r"^(?:综合|总体|整体)(?=\p{Han}{2})")


def _names_stem(stem: str, f: Fig) -> bool:
    """A figure named with the rate's whole name (立案 of 立案率, 参保人员 of 参保率) counts what the rate
    counts, though stated as a total: it is no base of that rate."""
    return any(stem in n for n in f.names if n)


def _denied(stem: str, f: Fig) -> bool:
    """A figure named as denied or partly done (不予受理, 不合格, 部分整改) while the rate's name is not (不捕率
    counts the 不批准逮捕)."""
    if NEGATED_LABEL.match(stem) or stem.startswith(("不", "未")) or any(x + stem[-2:] in stem for x in ("不", "未")):
        return False  # 附条件不起诉率 counts a denial itself
    names = [n for n in f.names if n]
    if any(NEGATED_LABEL.match(n) or denies(n, stem) or _opposes(n, stem) for n in names):
        return True  # 检出不合格38批次 of 合格率, 逾期办结49件 of 按期办结率
    return not stem.startswith(lx.PARTIAL_WORDS) and any(n.startswith(lx.PARTIAL_WORDS) for n in names)


def _denied_with_sibling(r: Fig, numerator: Fig, stem: str, bases: list[Fig]) -> Share | None:
    """提起公诉4307人,不起诉683人,不起诉率13.7%: a rate of a denied outcome is over the outcomes together,
    the one stated right before it and the denied one, or over the intake; which one is not said, so a miss
    of them all is no proof (unverifiable)."""
    negated = NEGATED_LABEL.match(stem) or stem.startswith(("不", "未"))
    if not negated or not (any(stem in n for n in numerator.names if n) or _numerator_of(stem, numerator)):
        return None
    if numerator.pos == 0:
        return None
    g = r.sent.figs[numerator.pos - 1]
    if g.group != numerator.group and not g.is_level:
        # 起诉4377人,同比下降5.6%；决定不起诉1138人: the outcome the denied one negates, past what is said of it
        g = next((f for f in reversed(r.sent.figs[: numerator.pos]) if f.is_level and not f.is_baseline), g)
        m = NEGATED_LABEL.match(DECIDED_LEAD.sub("", label_of(numerator)))
        if m is None or not DECIDED_LEAD.sub("", label_of(g)).endswith(m.group("verb")):
            return None
    elif g.group != numerator.group:
        return None
    if not g.is_level or g.is_baseline or g.paren or not countable(g, numerator):
        return None
    if g in bases:
        # 审查起诉环节决定起诉1042人,依法作出不起诉决定237人,不起诉率18.5%: the outcome the denied one negates,
        # though its clause reads as an intake, is its sibling
        m = NEGATED_LABEL.match(DECIDED_LEAD.sub("", label_of(numerator)))
        verb = m.group("verb") if m is not None else ""
        if not verb or not DECIDED_LEAD.sub("", label_of(g)).endswith((verb, verb.removesuffix("决定"))):
            return None
        bases = [w for w in bases if w is not g]
    return Share(
        r,
        numerator,
        g,
        "the outcomes stated with it, or the intake",
        False,
        alts=tuple(reversed(bases)),
        plus=(numerator,),
    )



def _complement(doc: Doc, r: Fig, cands: list[Fig], stem: str) -> Share | None:
    """抽检2140批次,不合格38批次,合格率98.22%: with no count of what the rate counts, the count of its opposite
    (不合格, 逾期) right before it leaves the rate's part of the total it is taken of: (2140 − 38)/2140."""
    if stem.startswith(("不", "未")) or NEGATED_LABEL.match(stem) or not cands:
        return None
    if any(x + stem[-2:] in stem for x in ("不", "未")):
        return None  # 总体不合格率 counts the denied ones themselves
    other = cands[0]
    if other.group != r.group or other.pos != r.pos - 1 or not other.exact_count:
        return None
    if not any(denies(n, stem) or _opposes(n, stem) for n in other.names if n):
        return None
    before = cands[1:]
    if other.pos == 0:  # 抽检12,864批次。检出不合格样品268批次,合格率…: the total closes the sentence before
        before += [f for f in doc.figs_before(r.sent, 1) if f.is_level and not f.is_baseline and not f.paren]
    whole = next(
        (
            w
            for w in before
            if countable(w, other)
            and w.exact_count
            and w.claim.value > other.claim.value
            and (is_base(w) or echo(stem, w) >= 2)
            and not _denied(stem, w)
        ),
        None,
    )
    if whole is None:
        return None
    firm = whole.sent is r.sent  # a total the sentence states, the opposite right before the rate
    return Share(r, other, whole, f"what the {label_of(other)} leave of the whole", firm, less=True)


def _opposes(name: str, stem: str) -> bool:
    """逾期办结 of 按期办结率, 超标 of 达标率: a name that says the opposite way of what the rate counts."""
    return any(stem.endswith(way) and any(o in name for o in others) for way, others in lx.OPPOSITE_WAYS)


def _numerator_of(stem: str, f: Fig) -> bool:
    """Whether `f` counts what a rate named `stem` (调解成功, 结案) counts the successes of.

    The name's last word must be in the figure's name (合格 of 食品抽检合格率), not any two characters;
    a figure that denies it (不合格10批次) is not what a 合格率 counts.
    """
    if _denied(stem, f):
        return False  # 部分整改28个 is no numerator of 整改率, 检出不合格10批次 none of 合格率
    key = stem[-2:]
    negated = next((neg + key for neg in ("不", "未") if neg + key in stem), None)
    if negated is not None and not any(negated in n for n in f.names if n):
        return False  # 决定起诉121人 is no numerator of 附条件不起诉率
    if len(stem) >= 2 and any(key in n for n in f.names if n):
        return True
    same = next((g for g in lx.SAME_NUMERATOR if key in g), ())
    if len(stem) >= 2 and any(k in n and "不" + k not in n for k in same for n in f.names if n):
        return True  # 合格1253份 of 水质达标率: the word of the same measure
    # 年内完成治理41条, 治理完成率: the verb the label leaves off stands in the figure's clause
    if len(stem) >= 4 and stem[-2:] in f.clause and any(len(n) >= 2 and n in stem for n in f.names if n):
        return True
    # 28项目标中,26项全面完成,2项基本完成,全面完成率…: the words after a figure that opens its clause say what it is
    said = CLAUSE_MARK.split(f.tail, maxsplit=1)[0] if not f.label else ""
    if len(stem) >= 2 and said and (said == stem or said.endswith(stem)):
        return True
    # 8.35万人次参加认定,6.41万人次取得证书,通过率…: a word the rate counts by, opening what is said after the figure
    if said and any(stem.endswith(key) and said.startswith(words) for key, words in lx.RATE_NUMERATORS):
        return True
    for key, words in lx.RATE_NUMERATORS:
        if stem.endswith(key) and any(w in n for w in words for n in f.names if n):
            return True
        # 受理群众点单3120个,完成2986个,完成率…: a figure that borrows its name states the verb alone before it
        if stem.endswith(key) and not f.label and f.clause.lstrip().startswith(words):
            return True
    # 非接触式渠道办理1426.3万笔, 非接触式办税率: the way the rate names (three or more characters) and its verb's
    # first character, in that order, in the figure's name
    way, verb = stem[:-2], stem[-2]
    if len(way) >= 3 and any(way in n and verb in n[n.index(way) + len(way) :] for n in f.names if n):
        return True
    # 使用卫生厕所的农户5.65万户, 卫生厕所普及率: a rate of reach counts what its name puts before the verb;
    # 不合格12批次, 不合格发现率: so does a rate of finding
    reach = next((v for v in (*lx.REACH_RATE_VERBS, *lx.FINDING_RATE_VERBS) if stem.endswith(v)), None)
    if reach is not None:
        what = clean_label(stem[: -len(reach)])[-4:]
        return len(what) >= 2 and any(what in n for n in f.names if n)
    return False


_RESTATED_REACH = 8  # same-value figures looked at on each side: a restatement is near, and a value
# stated many times (1件, 100%) is no restatement anyway


def _restated(doc: Doc, f: Fig) -> Fig | None:
    """The same count stated again elsewhere with its base: 直接纠错236件 … 977件中直接纠错236件.

    The nearest such statements first, at most `_RESTATED_REACH` on either side, so a long document
    with many equal figures is not searched through for each.
    """
    same = doc.by_value.get((f.claim.value, f.claim.unit), [])
    k = f.same_at
    nearest = sorted(
        range(max(0, k - _RESTATED_REACH), min(len(same), k + _RESTATED_REACH + 1)), key=lambda i: abs(i - k)
    )
    for i in nearest:
        g = same[i]
        if g is f or g.sent is f.sent:
            continue
        if not any(common_run(a, b) >= 2 for a in f.names for b in g.names if a and b):
            continue
        base = next(
            (
                w
                for w in reversed(g.sent.figs[: g.pos])
                if w.is_level and BASE_OF_FOLLOWING.match(w.tail) and compatible(w, g)
            ),
            None,
        )
        if base is not None:
            return base
    return None


# Counts of those put to a test: its pass rate is some k of them (参评农户137户,达标率…; 抽检样品420批次,合格率…)
_TESTED = regex.compile(alternation(lx.TESTED_WORDS))
_TESTED_AFTER = regex.compile(alternation(lx.TESTS_DONE))
_FAILED = regex.compile(rf"[不未非](?:{alternation(lx.PASSED_WORDS)})$")
def _closed_of_intake(base: Fig, r: Fig, stem: str) -> bool:
    """受理客户投诉137件,办结率98.6%: what came in, right before the rate of those closed: some k of it."""
    return (
        base.pos + 1 == r.pos
        and base.group == r.group
        and INTAKE.search(base.clause) is not None
        and stem.removesuffix("率") in lx.CLOSED_WORDS  # not 调解结案率: those closed one way, of those closed
    )


def _tested(base: Fig, r: Fig, stem: str) -> bool:
    """参评农户137户,经考核达标率83.5%: the ones put to the test, right before the rate of those that passed."""
    outcome = stem.removesuffix("率")
    passed = outcome.endswith(lx.PASSED_WORDS) and not _FAILED.search(outcome)
    # 抽检共检出不合格样品268批次,不合格率2.08%: a count of the outcome itself is the numerator, no base
    counted_outcome = any(w in base.clause for w in lx.PASSED_WORDS)
    # 对47家餐饮单位…开展专项检查,合格率: the test done to them, said right after the count
    done_to = _TESTED_AFTER.search(CLAUSE_MARK.split(base.tail)[0]) and base.clause.lstrip().startswith("对")
    tested = bool(_TESTED.search(base.clause)) or bool(done_to)
    return base.pos + 1 == r.pos and passed and not counted_outcome and tested


_MARGIN_GENERIC = regex.compile(alternation(lx.MARGIN_GENERIC))


_ROW_LABEL_TAIL = regex.compile(r"\s*(?:[(（]\s*[%％‰]\s*[)）])?\s*[|\t]?\s*$")


def _margin(doc: Doc, r: Fig, name: str) -> Share | None:
    """毛利率20.4% = 毛利 / 收入 of the same period, stated in this sentence or the ones before; 城镇化率 =
    城镇人口 / 常住人口 alike.

    A name that narrows the rate (消费者业务毛利率, 户籍人口城镇化率) must be borne by the figures taken.
    """
    for rate_word, nums, dens in lx.MARGINS + lx.POPULATION_RATES:
        if not name.endswith(rate_word):
            continue
        prev = r.is_baseline
        num = _period_fig(doc, r, nums, prev, not_named=lx.MARGIN_NARROWER.get(rate_word, ()))
        den = _period_fig(doc, r, dens, prev, whole=True, not_named=nums)
        far = den is None and num is not None and rate_word in lx.FIXED_DENOMINATORS
        if far:  # (一)土地资源 全市土地总面积89.45万公顷…(三)森林资源 森林面积52.86万公顷,森林覆盖率59.1%
            den = _named_before(doc, r, dens)
        # 绿地面积4,912.5公顷 over 建成区面积128.60平方公里: areas in two units, the one taken into the other
        factor = Decimal(1) if num is None or den is None or compatible(num, den) else convert(num, den)
        if num is None or den is None or num is den or factor is None:
            break  # no 毛利 stated: the margin may still be of the cost (COST_MARGINS)
        owner = next((o for n in num.names if n and (o := owner_of(n))), "")
        if owner and not any(owner in n for n in den.names if n):
            return None  # 信息技术服务业实现营业利润21.37亿元,营业收入利润率15.0%: that trade's income, not the total's
        whole_of = _kind_whole_before(doc, den, num)
        if whole_of is not None:
            # 营业收入287.6亿元。分类型看,工业类企业实现营业收入104.3亿元…。利润总额9.84亿元,营业收入利润率: the
            # kind named last is no owner of the total's profit; the total before it is likely the base
            return Share(r, num, whole_of, f"{rate_word} is {nums[0]} over {dens[0]} (the total, not a kind's)", False)
        # 据此计算的管网漏损率: what stands before a 的 says how the rate came about, not whose it is
        narrow = _MARGIN_GENERIC.sub("", clean_label(name[: -len(rate_word)]).rsplit("的", 1)[-1])
        if len(narrow) >= 2 and not any(narrow in n for f in (num, den) for n in (*f.names, _owner(f))):
            return None
        if num.sent is not r.sent and _names_a_row(doc, r, num):
            # 卫生健康 | 27.93 | 9.85 … 合计 | 160.64 | 28.66。卫生健康部门…资产负债率: of a row, not the total
            return None
        # 户籍总人口A。其中,城镇人口B…。常住人口C,常住人口城镇化率D: figures of a population rate stated apart may be
        # of two populations (户籍, 常住), so a miss is no proof
        tied = num.sent is den.sent or any(d[:2] in n for d in dens for n in num.names if n)  # 城镇常住人口
        firm = (tied or (rate_word, nums, dens) not in lx.POPULATION_RATES) and not far
        return Share(r, num, den, f"{rate_word} is {nums[0]} over {dens[0]}", firm, convert=factor)
    for rate_word, costs, dens in lx.COST_MARGINS:
        if not name.endswith(rate_word):
            continue
        prev = r.is_baseline
        cost = _period_fig(doc, r, costs, prev)
        den = _period_fig(doc, r, dens, prev, whole=True)
        if cost is None or den is None or cost is den or not compatible(cost, den):
            return None
        if cost.sent is not r.sent or den.sent is not r.sent:
            return None  # a row's own cells, or one sentence's figures: the cost of another line is not its
        narrow = _MARGIN_GENERIC.sub("", clean_label(name[: -len(rate_word)]))
        if len(narrow) >= 2 and not any(narrow in n for f in (cost, den) for n in f.names):
            return None
        return Share(r, cost, den, f"{rate_word} is ({dens[0]} − {costs[0]}) over {dens[0]}", True, less=True)
    return None


def _names_a_row(doc: Doc, r: Fig, cell: Fig) -> bool:
    """Whether the rate's sentence, before it, names a row of the table `cell` stands in other than its own."""
    said = r.sent.between(r.sent.start, r.claim.start)
    own = cell.claim.subject or ""
    rows: set[str] = set()
    for t in reversed(doc.sentences[max(0, cell.sent.index - 12) : cell.sent.index + 1]):
        if not _CELLS.search(t.text):
            break  # the table's rows, up to the prose before it
        rows |= {_row_label(f) for f in t.figs if f is not cell}
    return any(len(x) >= 2 and x in said and x not in own for x in rows)


def _row_label(f: Fig) -> str:
    """The first cell of the table row `f` stands on (卫生健康 of 卫生健康 | 27.93 | 9.85)."""
    line = f.sent.text[: f.claim.start - f.sent.start].rsplit("\n", 1)[-1]
    return _CELLS.split(line, maxsplit=1)[0].strip() if _CELLS.search(line) else ""


def _owner(f: Fig) -> str:
    return _baseline_owner(f) if f.is_baseline else ""


def _period_fig(
    doc: Doc, r: Fig, words: Sequence[str], prev: bool, *, whole: bool = False, not_named: Sequence[str] = ()
) -> Fig | None:
    """The nearest level before `r` in its block whose name ends with one of `words`. A whole named in full
    (营业收入) goes before a nearer one named by the bare word in another sentence (…其他业务收入A。营业成本…,毛利B,
    毛利率C), not before one in the rate's own (货运业务收入A,毛利B,毛利率C: the segment's)."""
    got = _nearest_named(doc, r, words, prev, whole=whole, not_named=not_named)
    full = tuple(w for w in words if len(w) >= 3)
    if whole and got is not None and got.sent is not r.sent and full and len(full) < len(words):
        got = _nearest_named(doc, r, full, prev, whole=True, not_named=not_named) or got
    if whole and got is not None and (over := _listed_under(doc, got, words)) is not None:
        return over  # 各项存款余额A。其中,人民币各项存款余额B…存贷比: of all deposits, not of the part listed
    return got


def _listed_under(doc: Doc, f: Fig, words: Sequence[str]) -> Fig | None:
    """The larger figure named with one of `words` that `f`, opening a 其中 clause, is listed under."""
    s = f.sent
    if not any(PARTS_CUE.match(x.lstrip(" ,，;；。")) for x in (f.clause, f.lead)):
        return None
    prev = doc.sentences[s.index - 1].figs if s.index and doc.sentences[s.index - 1].para == s.para else []
    return next(
        (
            g
            for g in [*reversed(s.figs[: f.pos]), *reversed(prev)]
            if g.is_level
            and not g.is_baseline
            and compatible(g, f)
            and g.claim.value > f.claim.value
            and any(n and n.endswith(words) for n in g.names)
        ),
        None,
    )


def _kind_whole_before(doc: Doc, den: Fig, num: Fig) -> Fig | None:
    """The total stated before a denominator that is one kind's share of it (工业类企业实现营业收入104.3亿元 after
    营业收入287.6亿元), when the numerator is not that kind's; None when the denominator is the whole."""
    owner = next((o for n in den.names if n and (o := owner_of(n))), "")
    if not owner or any(owner in n for n in num.names if n):
        return None
    deed = deed_dropped(den.claim.subject or "")
    s = den.sent
    prev = doc.sentences[s.index - 1].figs if s.index and doc.sentences[s.index - 1].para == s.para else []
    return next(
        (
            g
            for g in [*reversed(s.figs[: den.pos]), *reversed(prev)]
            if g.is_level
            and not g.is_baseline
            and deed_dropped(g.claim.subject or "") == deed
            and g.claim.value > den.claim.value
            and compatible(g, den)
            and owner not in (g.claim.subject or "")
        ),
        None,
    )


def _nearest_named(
    doc: Doc, r: Fig, words: Sequence[str], prev: bool, *, whole: bool = False, not_named: Sequence[str] = ()
) -> Fig | None:
    s = r.sent
    for t in reversed(doc.sentences[max(0, s.index - 6) : s.index + 1]):
        if t.section != s.section or t.block != s.block:
            break
        for f in reversed(t.figs):
            if t is s and f.pos >= r.pos:
                continue
            if not f.is_level or f.is_baseline != prev:
                continue
            own = deed_dropped(f.claim.subject or "") or f.label
            if f.is_baseline:  # 较上年人民币1900百万元: the earlier value of the clause's subject
                own = _baseline_owner(f)
            # 乡村常住人口 ends with 常住人口 but is a part of it: a whole named with a member of a series is none
            if any(own.endswith(w) for w in not_named):
                continue  # 人均食品烟酒消费支出 ends with 消费支出 too, but is the numerator
            # 境内 | 营业收入 | 营业成本 | 毛利率: the row's own cells, whatever series its name is of
            row = t is s and "\n" not in s.between(f.claim.end, r.claim.start) and bool(_CELLS.search(r.lead))
            # 资产总计6352.8亿元: the subject drops the 总计 the name ends with
            names = (own,) if f.is_baseline or f.label == own else (own, f.label)
            if any(o.endswith(w) and not (whole and not row and _member_named(o, w)) for o in names for w in words):
                return f
    return None


def _member_named(name: str, word: str) -> bool:
    """乡村常住人口 of 常住人口, 最高日供水量 of 供水量: a name that makes the word a member of a series or a peak
    (城市建成区面积 is a city's by definition, no member)."""
    prefix = name[: -len(word)]
    if prefix.endswith(_HOLDERS):
        return False  # 市属企业资产总额: the firms that hold it all, no member of a split of it
    return not word.startswith(lx.URBAN_SCOPES) and _NO_WHOLE_PREFIX.search(prefix) is not None


_HOLDERS = ("企业", "集团", "公司", "单位")


# A whole of a margin is no member of a series (乡村常住人口) and no day's or peak figure (最高日供水量, 日均供水量).
_NO_WHOLE_PREFIX = regex.compile(rf"{SERIES_WORD.pattern}|(?:日|日均|月均|最高|最大|高峰|峰值)$")


def _named_before(doc: Doc, r: Fig, words: Sequence[str]) -> Fig | None:
    """The last figure before `r` anywhere in the text whose name ends with one of `words`."""
    for t in reversed(doc.sentences[: r.sent.index]):
        for f in reversed(t.figs):
            if f.is_level and not f.is_baseline and any((f.claim.subject or f.label).endswith(w) for w in words):
                return f
    return None


def _baseline_owner(f: Fig) -> str:
    prev = next((g for g in reversed(f.sent.figs[: f.pos]) if g.is_level and not g.is_baseline), None)
    return (prev.claim.subject or prev.label) if prev else ""


def _ratio_share(doc: Doc, r: Fig) -> Share | None:
    """城乡收入比2.02:1 = 城镇… / 农村…, the two sides stated in this sentence or the one before."""
    s = r.sent
    if r.is_baseline:  # 由上年同期的2.05:1下降为2.02:1: only the current one
        return None
    second: Fig | None = s.figs[r.pos + 1] if r.pos + 1 < len(s.figs) else None
    # 总人口性别比(以女性为100,男性对女性的比例)为103.18: a note in brackets, its comma no clause mark
    context = _NOTE.sub("", s.text[: r.claim.start - s.start])
    said = CLAUSE_MARK.split(context)[-1]
    if second is None or second.claim.kind != "ratio" or not RATIO_JOIN.match(r.tail):
        if not _RATIO_SAID.search(said) and not (r.claim.role == "after" and _RATIO_MOVED.search(context)):
            return None
        second = None  # 城乡居民收入比为2.11: the second term is 1, unsaid
    if r.pos and s.figs[r.pos - 1].claim.kind == "ratio" and RATIO_JOIN.match(s.figs[r.pos - 1].tail):
        return None  # not the first term
    for key, tops, bottoms in lx.RATIO_SIDES:
        i = context.rfind(key)
        if i < 0:
            continue
        rest = RATIO_NAME_TAIL.sub("", context[i + len(key) :])
        top = _side(doc, s, tops, rest)
        bottom = _side(doc, s, bottoms, rest)
        if top is not None and bottom is not None and compatible(top, bottom):
            share = Share(
                r,
                top,
                bottom,
                f"{key}{rest}比 is {tops[0]} : {bottoms[0]}",
                True,
                extra=(second,) if second is not None else (),
                times=True,
            )
            return share
    if second is None:
        return _per_hundred(doc, s, r, context)
    return _named_pair_ratio(doc, s, r, second) or _group_ratio(doc, s, r, second) or _initials_ratio(s, r, second)


def _named_pair_ratio(doc: Doc, s: Sentence, r: Fig, second: Fig) -> Share | None:
    """在园幼儿18.42万人…专任教师1.31万人,幼儿与专任教师之比为14.1:1: the two figures the ratio names, A over B,
    stated in this sentence or the two before it in the paragraph, each the only one so named."""
    m = _PAIR_RATIO.search(r.clause)
    if m is None:
        return None
    figs = [
        f
        for t in doc.sentences[max(0, s.index - 2) : s.index + 1]
        if t.para == s.para
        for f in t.figs
        if f.claim.start < r.claim.start and f.is_level and not f.is_baseline
    ]
    sides = []
    for name in (m.group("a"), m.group("b")):
        named = [f for f in figs if any(n.endswith(name) for n in f.names if n)] or [
            f for f in figs if any(name in n for n in f.names if n)
        ]
        sides.append(named)
    # 新登记经营主体18736户…其中新登记企业6842户…注销经营主体12054户,新登记与注销之比: the two named alike (经营主体)
    alike = [(a, b) for a in sides[0] for b in sides[1] if _common_tail(a, b) >= 2]
    if len(alike) == 1:
        top, bottom = alike[0]
    else:
        picked = []
        for named in sides:
            nearest = [f for f in named if f.sent is named[-1].sent]  # 小学专任教师A。…幼儿园专任教师B
            if len(nearest) != 1:
                return None
            picked.append(nearest[0])
        top, bottom = picked
    if top is bottom or not compatible(top, bottom):
        return None
    return Share(r, top, bottom, f"{m.group('a')} : {m.group('b')}", True, extra=(second,), times=True)


def _common_tail(a: Fig, b: Fig) -> int:
    """How many characters the two subjects end with alike (新登记经营主体, 注销经营主体: 4)."""
    return len(shared_end(a.claim.subject or "", b.claim.subject or ""))


_PAIR_RATIO = regex.compile(r"(?P<a>\p{Han}{2,8}?)(?:与|和|同)(?P<b>\p{Han}{2,8}?)之比(?:为|是|达到?)?\s*$")
_INITIALS_RATIO = regex.compile(r"(?:^|[^\p{Han}])(?P<a>\p{Han})(?P<b>\p{Han})比(?:为|是|达到?)?\s*$")


def _initials_ratio(s: Sentence, r: Fig, second: Fig) -> Share | None:
    """养殖产量118.9万吨,捕捞产量68.7万吨,养捕比为63.4:36.6: a ratio named by the first characters of the two
    figures right before it in its clause group, the first over the second."""
    m = _INITIALS_RATIO.search(r.clause)
    if m is None:
        return None
    figs = [f for f in s.figs[: r.pos] if f.group == r.group and f.is_level and not f.is_baseline]
    if len(figs) < 2:
        return None
    top, bottom = figs[-2], figs[-1]
    if not (label_of(top).startswith(m.group("a")) and label_of(bottom).startswith(m.group("b"))):
        return None
    if not compatible(top, bottom):
        return None
    return Share(r, top, bottom, f"{label_of(top)} : {label_of(bottom)}", True, extra=(second,), times=True)


def _group_ratio(doc: Doc, s: Sentence, r: Fig, second: Fig) -> Share | None:
    """在校生371.25万人,专任教师25.47万人,生师比14.58:1: the first count over the second, both in the ratio's
    clause group, or the first in the sentence before (在校生A,毕业生B。专任教师C,生师比D)."""
    clause = CLAUSE_MARK.split(s.text[: r.claim.start - s.start])[-1]
    group = regex.split(r"[;；]", s.text[: r.claim.start - s.start])[-1]
    for name, tops, bottoms, apart in lx.GROUP_RATIOS:
        if name not in clause or any(w in group for w in apart):
            continue
        if "分别" in clause:
            return None  # 小学、初中专任教师分别为A和B,生师比分别为x:1和y:1: one ratio of each kind, not of the totals
        figs = [f for f in s.figs[: r.pos] if f.group == r.group and f.is_level and not f.is_baseline]
        top = next((f for f in reversed(figs) if any(n.endswith(tops) for n in f.names if n)), None)
        if top is None and r.group == 0 and s.index and (prev := doc.sentences[s.index - 1]).para == s.para:
            tops_before = [f for f in prev.figs if f.is_level and not f.is_baseline]
            named = [f for f in tops_before if any(n.endswith(tops) for n in f.names if n)]
            top = named[-1] if len(named) == 1 else None
        bottom = next((f for f in reversed(figs) if any(n.endswith(bottoms) for n in f.names if n)), None)
        if top is not None and bottom is not None and top is not bottom and compatible(top, bottom):
            return Share(r, top, bottom, f"{name} is {tops[0]} : {bottoms[0]}", True, extra=(second,), times=True)
    return None


def _per_hundred(doc: Doc, s: Sentence, r: Fig, context: str) -> Share | None:
    """总人口性别比为104.08（以女性为100）= 男 / 女 × 100, the two sides stated in this sentence or the one before."""
    clause = CLAUSE_MARK.split(context)[-1]
    for name, tops, bottoms, apart in lx.PER_HUNDRED_RATIOS:
        i = clause.rfind(name)
        if i < 0 or any(w in clause[:i] for w in apart):
            continue
        top = _side(doc, s, tops, "")
        bottom = _side(doc, s, bottoms, "")
        if top is not None and bottom is not None and compatible(top, bottom):
            return Share(r, top, bottom, f"{name} is {tops[0]} per 100 {bottoms[0]}", True, times=True, per=100)
    return None


_NOTE = regex.compile(r"[(（][^()（）\d]{0,30}(?:\d+[^()（）\d]{0,30})?[)）]")
# 城乡居民收入比为 2.11, 收入比值为1.89, 收入倍差为2.01
# 性别比(以女性为100)为 103.93: a note in brackets between the name and the figure
_RATIO_SAID = regex.compile(r"(?:比值?|倍差)(?:[(（][^()（）]{0,12}[)）])?\s*(?:为|是|达|达到)?\s*$")
# 城乡居民收入比由上年的1.79缩小至1.75: the current value, after the earlier one
_RATIO_MOVED = regex.compile(
    r"(?:比值?|倍差)(?:由|从)[^,，;；。]{1,24}?(?:缩小|扩大|下降|降低|提高|上升|调整|变化)?(?:至|到|为)\s*$"
)


def _side(doc: Doc, s: Sentence, prefixes: Sequence[str], rest: str) -> Fig | None:
    word = rest.rstrip("之的")[-2:]  # 收入 of 居民人均可支配收入之比
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index + 1]):
        if t.section != s.section or t.block != s.block:
            continue
        for f in t.mains:
            for n in f.names:
                # 城乡居民收入倍差 of the incomes, not of the 农村居民人均消费支出 stated nearer
                if any(n.startswith(p) for p in prefixes) and (not rest or (echo(rest, f) >= 2 and word in n)):
                    return f
    return None


# --- shares whose whole is far away ------------------------------------------------------------------


def resolve_far_shares(
    doc: Doc, pending: list[_Pending], made: Sequence[Share] = ()
) -> tuple[list[Share], list[Breakdown]]:
    """Shares with no whole near them: the headline total of their chapter, if it can be their whole;
    and, for a complete list of such shares (其他类 …), the sum of its parts against that total.

    The tie is firm when the list's opening words name that total (从行政复议申请事项看 … 行政复议申请);
    otherwise the rule judges the list together and calls a miss only when most of the list fits.
    """
    out: list[Share] = []
    breakdowns: list[Breakdown] = []
    groups: dict[tuple[Sentence, str], list[_Pending]] = {}
    scopes: dict[tuple[Sentence, Fig], list[_Pending]] = {}
    for p in pending:  # shares of counts in one measure word: 第一种形态421人次… apart from 第一、二种形态合计…
        if (scoped := _scope_whole(doc, p.part) or _scope_named_far(doc, p.part)) is not None:
            # 税收收入中,增值税A、企业所得税B,分别占x%、y%: of the figure the sentence opens on as its scope
            out.append(Share(p.rate, p.part, scoped, "the whole its scope names (X中)", True))
            scopes.setdefault((p.rate.sent, scoped), []).append(p)
            continue
        groups.setdefault((p.rate.sent, p.part.claim.unit), []).append(p)
    for (_, scoped), items in scopes.items():
        # 全县常住人口中,0—14岁人口A,占16.05%;15—59岁人口B,占59.50%;60岁及以上人口C,占24.45%,其中65岁及以上人口D:
        # the kinds of the scope whose shares make 100 (not a part listed under one of them) are all of it
        kinds = [p for p in items if not PARTS_CUE.match(p.part.clause) and p.rate.claim.unit == "%"]
        total = sum((p.rate.claim.value for p in kinds), Decimal(0))
        if len(kinds) >= 2 and abs(total - 100) <= Decimal("0.1"):
            breakdowns.append(Breakdown(scoped, tuple(p.part for p in kinds), "shares-list", True, True))
    gid = 0
    for (s, _), items in groups.items():
        said_before = _whole_named_earlier(s, [p.part for p in items], made)
        anchor = said_before or _whole_they_make(doc, s, [p.part for p in items])
        anchor = anchor or _headline(doc, s, [p.part for p in items])
        if anchor is None or not _of_measure(s, anchor):
            continue
        intro = s.text[: items[0].part.claim.start - s.start]
        intro = CLAUSE_MARK.split(intro)[0]
        # 排名 | 事项 | 件数 | 占比 under a heading: a table's share cells may be of the headline total, or of the rows'
        # own total, or of another; never for sure, nor a list to add up
        cell = any(_CELLS.search(p.rate.lead) for p in items)
        firm = not cell and any(len(n) >= 4 and n in intro for n in anchor.names if n)
        # 加计扣除额41.37亿元。其中高新技术企业387家,加计扣除额29.85亿元,占全区的72.2%: a 其中 sentence right after
        # the total's own speaks of some of what it counts
        firm = firm or (
            not cell
            and PARTS_CUE.match(s.text.lstrip()) is not None
            and anchor.sent.index == s.index - 1
            and anchor.sent.para == s.para
        )
        gid += 1
        for p in items:
            # 涉案金额2.94亿元,…争取权益金额2.16亿元,占73.5%: a figure of the part's measure before it in the
            # sentence may be the whole as well
            near = tuple(
                w
                for w in reversed(s.figs[: p.part.pos])
                if w.is_level and not w.is_baseline and not w.paren and w is not anchor and same_measure(w, p.part)
            )[:1]
            out.append(
                Share(
                    p.rate,
                    p.part,
                    anchor,
                    f"the headline total of {s.section[0] if s.section else 'the text'}",
                    firm,
                    group=gid,
                    alts=near,
                )
            )
        parts = [p.part for p in items]
        if cell:
            continue
        parts = list(_with_unshared(s, tuple(parts)))
        # 其他类…: a list that names the rest; “四种形态”…612人次: as many kinds as the whole says it has
        if len(parts) >= 2 and (has_rest_item(parts) or counted_kinds(anchor, parts)):
            breakdowns.append(Breakdown(anchor, tuple(parts), "shares-list", True, True, firm=firm, group=gid))
        elif len(parts) >= 2 and abs(sum((p.rate.claim.value for p in items), Decimal(0)) - 100) <= Decimal("0.1"):
            # 来电A,占79.2%;网络渠道B,占20.8%: shares that say they are all of it (they make 100) add up too
            breakdowns.append(Breakdown(anchor, tuple(parts), "shares-list", True, True, firm=False))
        elif len(parts) >= 3 and opens_by_dimension(s) and not _more_kinds(s, parts):
            # 从办理结果看,A,B,C,分别占…: the kinds by a dimension, all of them as far as the text goes; a top few
            # may be meant, so a miss proves nothing
            breakdowns.append(Breakdown(anchor, tuple(parts), "shares-list", True, True, firm=False))
    return out, breakdowns


def _whole_they_make(doc: Doc, s: Sentence, parts: list[Fig]) -> Fig | None:
    """组织186个…。按经营性收入分档,50万元以上的村83个,占44.6%;…5万—10万元的村15个,占8.1%: three or more bare
    shares whose parts add up, to the last digit, to one figure of their measure stated shortly before: that figure."""
    if len(parts) < 3 or any(p.claim.unit != parts[0].claim.unit for p in parts):
        return None
    total = sum((p.claim.value for p in parts), Decimal(0))
    made = [
        w
        for t in doc.sentences[max(0, s.index - 12) : s.index + 1]
        for w in t.mains
        if w.claim.unit == parts[0].claim.unit and w.claim.value == total and w.index < parts[0].index
    ]
    return made[-1] if made else None


def _whole_named_earlier(s: Sentence, parts: list[Fig], made: Sequence[Share]) -> Fig | None:
    """一般贸易…占全省进出口总值的73.7%。(二)…加工贸易1236.9亿元,占16.8%: the whole the last share of the chapter named
    in words, when bare shares after it name none (and their parts fit in it)."""
    top = s.section[:1]
    named = [
        sh
        for sh in made
        if sh.tie.startswith(("the whole named", "the figure named like"))
        and sh.rate.sent.index < s.index
        and sh.rate.sent.section[:1] == top
        and SHARE_WHOLE.search(sh.rate.clause)
    ]
    if not named:
        return None
    w = max(named, key=lambda sh: sh.rate.claim.start).whole
    return w if all(compatible(w, p) and w.claim.value > p.claim.value for p in parts) else None


def far_dimension_lists(doc: Doc, runs: list[list[Fig]]) -> list[Breakdown]:
    """Kinds listed by a bare dimension (按诉求性质分, 咨询类A, 求助类B…) of the headline total of their chapter or
    the one before: all the kinds of that total, by the dimension. The text does not tie them to that total in
    so many words, so a miss proves nothing (not firm)."""
    out = []
    for parts in runs:
        whole = _headline(doc, parts[0].sent, parts)
        if whole is not None and _of_measure(parts[0].sent, whole) and all(same_measure(p, whole) for p in parts):
            whole = _summed_to(doc, parts, whole) or whole
            # 国内航线A;国际航线B;地区航线C under 旅客吞吐量: every kind there is, so a miss is an error
            # 共48户。按行业分,工业…、文旅及其他类企业分别为…: kinds that close on the rest, right after the sentence of
            # their whole, are all of it by the text's own words
            closed = has_rest_item(parts) and whole.sent.index == parts[0].sent.index - 1
            firm = closed or complete_series(parts) or named_before_whole(whole, parts)
            out.append(Breakdown(whole, tuple(parts), "dimension", True, True, firm=firm))
    return out


def _summed_to(doc: Doc, parts: list[Fig], whole: Fig) -> Fig | None:
    """地区生产总值7548.6亿元 heads the chapter, 文化产业增加值386.52亿元 stands before it: kinds that fall well short
    of the headline but add up to another figure of their measure in its chapter, before them, are its kinds."""
    start = doc.by_top[whole.sent.section[:1]][0].index  # the whole's chapter, from its start
    near = (f for t in reversed(doc.sentences[start : parts[0].sent.index]) for f in reversed(t.figs))
    # 营业收入48.76亿元…营业成本38.20亿元。分产品看,…营业收入A、B、C,其他业务收入D: kinds that outgrow the figure
    # read for them may add up to a larger one
    over = sum((p.claim.value for p in parts), Decimal(0)) > whole.claim.value
    return summed_to(parts, whole, near, smaller=not over)


_OPENER = regex.compile(r"^[^,，:：;；。]{2,16}[,，:：]")  # 从支出结构看,


def _of_measure(s: Sentence, whole: Fig) -> bool:
    """从支出结构看,住院支出A,占73.5%: a whole of the measure the sentence's dimension names (the spending), not a
    balance that heads the chapter; any whole when the dimension names none."""
    opener = _OPENER.match(s.text)
    measure = structure_measure(opener.group()) if opener else ""
    return not measure or names_match(measure, whole)


def _more_kinds(s: Sentence, parts: list[Fig]) -> bool:
    """Whether the sentence goes on to a further figure of the parts' measure after them (…;其他类型1207件)."""
    return any(f.is_level and same_measure(f, parts[0]) for f in s.figs[parts[-1].pos + 1 :])


def _headline(doc: Doc, s: Sentence, parts: list[Fig]) -> Fig | None:
    """The first total of the chapter (top heading) the sentence stands in, or else, for a list of shares, of
    the chapter before.

    A chapter whose first total cannot hold the parts has no whole for them: None.
    """
    here = s.section[:1]
    k = bisect.bisect_left(doc.top_starts, s.index)  # chapters that start before the sentence
    started = doc.top_order[:k]
    order = [here] if doc.by_top[here][0].index < s.index else []
    # a list of shares (按类别分: 咨询类占46.0%, 求助类占26.0%…) may break down the total of the chapter before
    # (一、总体情况); a lone share is too weak a tie for another chapter's total
    if len(parts) >= 2:
        order += [top for top in reversed(started[-2:]) if top != here][:1]
    # 一、总体情况 …共受理各类诉求43719件 … 三、热点 (二)交通出行类诉求3877件,占8.9%: the report's own headline total,
    # in its first chapter that states one (after a head of 索引号, 文号 and the like)
    first = next((top for top in started if _first_total(doc, top, parts) is not None), None)
    if first is not None and first not in order:
        order.append(first)
    found = [f for top in order if (f := _first_total(doc, top, parts)) is not None and f.sent.index < s.index]
    # 全年受理来电A (a chapter on channels) is no total of kinds by nature when the report's headline says it is of
    # all kinds (全年共受理各类诉求T)
    big = next((f for f in found if BIG_TOTAL_CUE.search(f.clause)), None)
    f = big if found and big is not None and not BIG_TOTAL_CUE.search(found[0].clause) and len(parts) >= 2 else None
    f = f or (found[0] if found else None)
    if f is not None:
        return f if all(f.claim.value >= p.claim.value for p in parts) else None
    return None


_PLANNED_NAME = regex.compile(r"预算|计划|目标|任务|预期")


def _planned(f: Fig) -> bool:
    """实际采购金额 is done; 采购预算金额, 年度计划 are what was to be done."""
    return any(_PLANNED_NAME.search(n) for n in f.names if n)


def _first_said(doc: Doc, w: Fig) -> Fig:
    """The figure of `w`'s value and unit that its paragraph states first as a current level, in `w`'s sentence
    or the one before it; `w` if none does before it."""
    before = [f for f in reversed(doc.figs_before(w.sent, 1)) if f.sent.para == w.sent.para]
    return next(
        (
            g
            for g in (*before, *w.sent.figs[: w.pos])
            if g.is_level and not g.is_baseline and g.claim.value == w.claim.value and g.claim.unit == w.claim.unit
        ),
        w,
    )


_OF_THIS_KIND = regex.compile(r"[该此本这]类|[该此这]项")
_BARE_MEASURE = regex.compile(r"[,，、]?\s*\p{Han}{1,5}(?:为|达|达到)?\s*")  # ,成交额 / 、涉案金额


_PLACE_WIDE = regex.compile(
    r"""^\s*(?:(?:截至)?(?:\d{4}年)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月份?)?(?:年末|年底|末|底|全年|上半年|下半年)?\s*[,，]?\s*)?
        全[省市县区州旗](?!\p{Han}*(?:中|平均|人均))""",
    regex.VERBOSE,
)


def _first_total(doc: Doc, top: tuple[str, ...], parts: list[Fig]) -> Fig | None:
    """The first figure of a chapter stated as a total (共, 合计…) that the parts can be divided by.

    Read once per chapter: the first total of each unit, and the first count of things of any measure word
    (counts of 件 and 起 divide each other, `compatible`).
    """
    got = doc.totals.get(top)
    if got is None:
        by_unit: dict[str, Fig] = {}
        first_count: Fig | None = None
        for t in doc.by_top[top]:
            lead = next((f for f in t.mains if TOTAL_CUE.search(f.clause)), None)
            # 全县常住人口为326518人, 全区快递业务量由…增至12.93亿件: the whole place's figure a sentence opens on
            # (全区快递业务量在上年突破十亿件: a bound passed, no total)
            place = _PLACE_WIDE.match(t.text) is not None
            wide = next((f for f in t.mains if not f.is_baseline and f.claim.role != "before"), None) if place else None
            wide = wide if wide is not None and not is_bound(wide) else None
            for f in t.mains:
                # 该类诉求共6128件: the total of the kind the sentence is about, not of the chapter
                said = TOTAL_CUE.search(f.clause) or (
                    # 共认定登记技术合同15836项,成交额312.58亿元: a measure of the same total, named bare after it
                    lead is not None and lead is not f and f.group == lead.group and _BARE_MEASURE.fullmatch(f.clause)
                )
                said = said or f is wide
                if said and not _OF_THIS_KIND.search(f.clause):
                    by_unit.setdefault(f.claim.unit, f)
                    if first_count is None and f.claim.kind == "count" and f.claim.unit:
                        first_count = f
        got = doc.totals[top] = (by_unit, first_count)
    by_unit, first_count = got
    cands = []
    units = {p.claim.unit for p in parts}
    if len(units) == 1 and (f := by_unit.get(units.pop())) is not None:
        cands.append(f)
    if first_count is not None and all(p.claim.kind == "count" and countable(first_count, p) for p in parts):
        cands.append(first_count)  # 起 and 件 alike, not 人 and 个
    return min(cands, key=lambda f: f.index, default=None)


def share_sums(shares: list[Share], breakdowns: list[Breakdown]) -> list[Breakdown]:
    """The shares of a complete list make up 100%."""
    out = []
    by_whole: dict[tuple[int, int], list[Share]] = {}
    for sh in shares:
        if not sh.times and sh.rate.claim.unit == "%":
            by_whole.setdefault((sh.whole.index, sh.group), []).append(sh)
    complete = {
        (b.whole.index, tuple(sorted(p.index for p in b.parts))): b
        for b in breakdowns
        if b.whole is not None and b.exhaustive
    }
    # 合计 9850 | 100.0 / 火电 5120 | 52.0 …: the table's own 100 cell adds the shares up already
    summed = {frozenset(b.parts) for b in breakdowns if b.cue == "shares"}
    runs = []
    for (wi, gid), items in by_whole.items():
        runs.append((wi, gid, items))
        by_sent: dict[int, list[Share]] = {}
        for sh in items:
            by_sent.setdefault(sh.rate.sent.index, []).append(sh)
        if len(by_sent) > 1:  # 男性A,占a;女性B,占b。…0—14岁C,占c;…: the shares of one whole by each dimension
            runs += [(wi, gid, run) for run in by_sent.values()]
    for wi, gid, items in runs:
        if len(items) < 2:
            continue
        parts = tuple(sorted((sh.part for sh in items), key=lambda f: f.index))
        key = (wi, tuple(p.index for p in parts))
        if key in complete and frozenset(sh.rate for sh in items) not in summed:
            rates = tuple(sh.rate for sh in sorted(items, key=lambda x: x.rate.index))
            firm = all(sh.firm for sh in items)
            # a list judged alone (by a bare dimension, not tied to its shares' group): so are its shares' sum
            alone = complete[key].group == -1 and not complete[key].firm
            group = -1 if alone else gid
            out.append(Breakdown(None, rates, "shares", True, True, firm=firm and not alone, group=group))
    return out


def structure_shares(doc: Doc, breakdowns: list[Breakdown]) -> list[Share]:
    """GDP A,其中第一产业B、第二产业C、第三产业D…三次产业结构为b:c:d: each term of the structure is the share of
    the part of the list before it in the same place (b = B/A). Firm when the parts are named in order (第一…,
    第二…, 第三…); otherwise the list may be of other kinds than the structure's."""
    out: list[Share] = []
    lists = [b for b in breakdowns if b.whole is not None and b.partition and len(b.parts) >= 3]
    if not lists:
        return out
    for run in _structure_runs(doc):
        first = run[0]
        if first.claim.role == "before" or first.is_baseline:
            continue  # 由上年的9.8:41.5:48.7调整为…: the year before's structure, of figures not stated
        s = first.sent
        # 其中A、B、C,三者之比为a:b:c: the terms are of the three, which may not be all of the whole
        of_parts = _THE_PARTS_RATIO.search(s.text[: first.claim.start - s.start]) is not None
        near = [
            b
            for b in lists
            # 新设市场主体中第一产业A、第二产业B、第三产业C: a list named in the structure's order is all of it
            if (b.exhaustive or of_parts or _in_order(b.parts))
            and len(b.parts) == len(run)
            and b.whole is not None
            and b.whole.sent.section == s.section
            and s.index - 6 <= b.whole.sent.index <= s.index
            and b.whole.index < first.index
        ]
        if not near:
            continue
        # the latest whole; of two lists of it (其中A、B、C… 按产业分D、E、F), the one listed last
        b = max(near, key=lambda x: (x.whole.index if x.whole is not None else -1, max(p.index for p in x.parts)))
        assert b.whole is not None
        parts = sorted(b.parts, key=lambda f: f.index)
        firm = _in_order(parts)
        for term, part in zip(run, parts, strict=True):
            out.append(Share(term, part, b.whole, "the part of the list the structure's term stands for", firm))
    return out


_ORDINALS = ("第一", "第二", "第三", "第四")


def _in_order(parts: Sequence[Fig]) -> bool:
    """The parts are named 第一…, 第二…, 第三… in text order."""
    ordered = sorted(parts, key=lambda f: f.index)
    return len(ordered) <= len(_ORDINALS) and all(
        any(o in n for n in p.names if n) for p, o in zip(ordered, _ORDINALS, strict=False)
    )
_THE_PARTS_RATIO = regex.compile(r"[两二三四五六]者(?:之间)?之?比(?:例)?(?:约)?(?:为|是)?\s*$")  # 三者之比约为


def _structure_runs(doc: Doc) -> list[list[Fig]]:
    """Runs of three or more ratio terms (9.6:41.2:49.2) after a structure word in their sentence."""
    return [run for s in doc.sentences for run in structure_runs(s)]


# 刑事、民事、行政、公益诉讼检察案件占比分别为: kinds listed, then their shares in the same order
_LISTED_SHARES = regex.compile(
    r"(?:占比|比重|比例|所占比重|分别占\p{Han}{0,12}?的?)\s*(?:分别)?\s*(?:为|是|达|达到|占)?\s*$"
)


_LEAD_BREAK = regex.compile(r"[,，;；:：]")


def listed_hundreds(doc: Doc) -> list[Breakdown]:
    """A、B、C、D占比分别为a%、b%、c%、d%: shares of as many kinds as are named, with no figure of their own. The
    kinds may not be all of the whole, so a list that misses 100 is unverifiable, and one far from 100 (the top
    kinds only) is not checked at all; a list that names the rest (其他) is complete."""
    out = []
    for s in doc.sentences:
        figs = s.figs
        k = 0
        while k < len(figs):
            r = figs[k]
            if not (r.is_rate and r.claim.unit == "%" and _LISTED_SHARES.search(r.clause)):
                k += 1
                continue
            rates = [r]
            while k + len(rates) < len(figs) and figs[k + len(rates)].is_rate and _JOINER.fullmatch(
                figs[k + len(rates)].lead
            ):
                rates.append(figs[k + len(rates)])
            k += len(rates)
            head = regex.split(r"[,，;；:：]", _BRACKETED.sub("", r.clause))[-1]  # 其他能源(含外购热力、煤炭): one kind
            kinds = [x for x in _KIND_SEP.split(head) if x]
            # (A 123件、B 45件,占比分别为…: shares of figures of the list before, read with them, not here; but
            # 持证零售户3127户,食杂店、便利店…分别占…: kinds named bare after a whole, in a clause of their own)
            before = figs[r.pos - 1] if r.pos > 0 else None
            # (城市基础设施类占比最大,达48.6%,交通运输类、…分别占…: a share of one more kind said before the list)
            listed = (
                before is not None and before.group == r.group and (before.is_rate or not _LEAD_BREAK.search(r.lead))
            )
            if len(rates) < 3 or len(kinds) != len(rates) or listed:
                continue
            rest = bool(REST_ITEM.match(kinds[-1]))
            # …分别占87.2%、6.9%和5.6%,个人报告占0.3%: one more kind's share said on its own right after the list
            nxt = figs[k] if k < len(figs) else None
            if (
                nxt is not None
                and nxt.is_rate
                and nxt.claim.unit == "%"
                and not nxt.paren
                and (m := _KIND_SHARE.search(nxt.clause)) is not None
                and not m["whole"]
                and not _RUN_BREAK.search(nxt.lead)
            ):
                rates.append(nxt)
                rest = rest or any(w in m["kind"] for w in lx.REST_ITEMS)
                k += 1
            total = sum((x.claim.value for x in rates), Decimal(0))
            if not rest and not 95 <= total <= 105:
                continue
            out.append(Breakdown(None, tuple(rates), "shares", True, True, firm=rest))
    return out


_BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
# 国有企业占18.72%, 煤炭消费量占能源消费总量的比重为52.4%: a kind's share stated with no figure of its own
_KIND_SHARE = regex.compile(
    r"""(?P<kind>\p{Han}[\p{Han}、]{0,24}?)
        (?:所占比重|所占比例|占比|占(?P<whole>\p{Han}{1,16}?)(?:的(?:比重|比例)?|比重|比例)|占|(?<=消费|产业)比重)
        \s*(?:为|达|达到|是)?\s*$""",
    regex.VERBOSE,
)
_RUN_BREAK = regex.compile(
    rf"{PARTS_CUE.pattern}|从\p{{Han}}{{1,12}}?看|按\p{{Han}}{{1,12}}?(?:划分|分)", regex.VERBOSE
)


def kind_share_lists(doc: Doc) -> list[Breakdown]:
    """国家机关和事业单位占24.36%,国有企业占18.72%,…其他类型占5.94%: shares of kinds named one by one, none
    with a figure of its own, make 100. Firm when the last kind is the rest (其他); a list without it is checked
    only when it makes about 100 (it may be the top kinds only)."""
    out = []
    kind_of: dict[Fig, str] = {}
    for s in doc.sentences:
        runs: list[list[Fig]] = [[]]
        for f in s.figs:
            if f.is_change or f.is_baseline or f.claim.role == "before":
                continue  # 比上年下降2.1个百分点 between two shares
            if f.paren and f.is_rate and runs[-1]:
                continue  # 新房占58.94%(其中保障性住房占0.00%),二手房占38.71%: a note on the kind before, inside it
            # 食品类(含农产品)占11.5%: a note in brackets inside the kind's name
            bare = f.is_rate and f.claim.unit == "%" and not f.paren
            m = _KIND_SHARE.search(_BRACKETED.sub("", f.clause)) if bare else None
            # 0—14岁人口占16.94%,15—59岁人口占58.32%,60岁及以上人口80776人,占24.74%: the last kind said with its
            # figure, its share right after it, goes on the run
            if runs[-1] and _with_own_share(f) and not _RUN_BREAK.search(f.lead):
                continue  # (其中65岁及以上人口60329人,占17.48%: a part of the kind before, no kind of the run)
            if runs[-1] and bare and f.pos and _with_own_share(s.figs[f.pos - 1]):
                runs[-1].append(f)
                kind_of[f] = label_of(s.figs[f.pos - 1])
                continue
            if m is None or _RUN_BREAK.search(f.lead) or (runs[-1] and m["whole"] and not _same_whole(runs[-1], m)):
                runs.append([])  # a figure of a level, a nested 其中, a new dimension: the run ends here
            if m is not None:
                runs[-1].append(f)
                kind_of[f] = m["kind"]
        for run in runs:
            if len(run) < 2:
                continue
            kinds = [kind_of[f] for f in run]
            rest = any(w in kinds[-1] for w in lx.REST_ITEMS)
            # 煤炭…占52.4%;石油…占16.8%;天然气…占9.7%;非化石能源消费比重21.1%: every member of a complete series
            series = any(
                len(kinds) == len(members) and all(any(w in k for k in kinds) for w in members)
                for members in lx.COMPLETE_SERIES
            )
            total = sum((f.claim.value for f in run), Decimal(0))
            # 服装…零售额181.10亿元,占24.6%;家电类占14.2%;…其余品类合计占28.0%: a share of one more kind said
            # before the run, with a figure of its own, is not in it; the run is then not all of the whole
            earlier = [
                g
                for g in s.figs
                if g.is_rate and g.claim.unit == "%" and not g.is_change and not g.paren and g.index < run[0].index
            ]
            said_before = bool(earlier)
            first = earlier[-1] if earlier else None
            if rest and first is not None and _leads_run(first, run) and abs(total + first.claim.value - 100) <= 1:
                # 从使用结构看,科普活动支出6284万元,占48.0%;场馆基建支出占31.6%;其他支出占20.4%: the first kind's
                # share, said with its figure, heads a run that ends with the rest and makes about 100 with it
                run, total, said_before = [first, *run], total + first.claim.value, len(earlier) > 1
            if rest or series or abs(total - 100) <= Decimal("0.5"):
                out.append(Breakdown(None, tuple(run), "shares", True, True, firm=(rest or series) and not said_before))
    return out


def _with_own_share(f: Fig) -> bool:
    """A level followed right by its own bare share (60岁及以上人口80776人,占24.74%), the last figure of its sentence
    or followed by a clause of its own."""
    nxt = f.sent.figs[f.pos + 1] if f.pos + 1 < len(f.sent.figs) else None
    return (
        f.is_level
        and nxt is not None
        and nxt.is_rate
        and nxt.claim.unit == "%"
        and _OWN_SHARE.fullmatch(nxt.clause) is not None
    )


_OWN_SHARE = regex.compile(r"\s*[,，]?\s*占(?:比)?(?:为|达)?\s*")
_OVERALL = ("总体", "整体", "全部", "综合")


def _plans_listed(s: Sentence, plan: Fig, done: Fig) -> tuple[Fig, ...]:
    """小学招生计划2140人、初中招生计划2580人,实际招收4603人,完成计划的97.5%: the plans listed with the last one
    before a 、, which the rate may be over together."""
    run: list[Fig] = []
    g = plan
    while g.pos > 0:
        p = s.figs[g.pos - 1]
        joined = "、" in s.between(p.claim.end, g.claim.start)
        if p is done or not p.is_level or p.claim.unit != plan.claim.unit or not joined:
            break
        run.insert(0, p)
        g = p
    return tuple(run)


def _each_rate(s: Sentence, r: Fig) -> bool:
    """A rate of a 分别 run as long as the count right before the run (两宗…,溢价率分别为a和b): one rate of each."""
    if "分别" not in s.text:
        return False  # (checked for every rate: the run is read only where it can be)
    run = [f for f in s.figs if f.group == r.group and f.is_rate and "分别" in s.between(s.start, f.claim.start)]
    if r not in run or len(run) < 2:
        return False
    before = [f for f in s.figs[: run[0].pos] if f.is_level and f.claim.unit not in ("%", "‰")]
    return bool(before) and before[-1].claim.value == len(run) and "分别" in run[0].clause


def _leads_run(first: Fig, run: list[Fig]) -> bool:
    """科普活动支出6284万元,占48.0%;场馆基建支出占31.6%: a share of the figure just before it, in the clause
    group right before the run's first, with nothing between them."""
    s = first.sent
    own = s.figs[first.pos - 1] if first.pos > 0 else None
    return (
        first.pos + 1 == run[0].pos
        and first.group + 1 == run[0].group
        and own is not None
        and own.group == first.group
        and own.is_part
        and _KIND_SHARE.search(first.clause) is None
    )


def complementary_rates(doc: Doc) -> list[Breakdown]:
    """合格率为93.8%。…不及格率6.2%; a row 小学 | 94.6 | 54.6 | 5.4 under 合格率 | 优良率 | 不及格率: the rate that
    passes and the one that fails of the same test, in one sentence or the next of its paragraph, make 100."""
    out = []
    for s in doc.sentences:
        for f in s.figs:
            head = _side_of(f, _FAILS) if _plain_rate(f) else None
            if head is None:
                continue
            prev = doc.sentences[s.index - 1] if s.index and doc.sentences[s.index - 1].para == s.para else None
            cands = [g for g in (*(prev.figs if prev is not None else ()), *s.figs[: f.pos]) if _plain_rate(g)]
            passes = [g for g in cands if _side_of(g, _PASSES) == head and _side_of(g, _FAILS) is None]
            said = s.text if passes and passes[0].sent is s else (prev.text if prev is not None else "") + s.text
            if len(passes) != 1 or _MIDDLE_GRADE.search(said):
                continue  # 合格率、基本合格率、不合格率: a grade between leaves the two short of 100
            # a pair across two sentences may be of two tests: a miss is no sure error
            out.append(Breakdown(None, (passes[0], f), "shares", True, True, firm=passes[0].sent is s))
    return out


_MIDDLE_GRADE = regex.compile(r"基本(?:合格|及格|达标)")


def _plain_rate(f: Fig) -> bool:
    return f.is_rate and f.claim.unit == "%" and not f.is_change and not f.is_baseline and not f.paren


_FAILS = tuple(sorted(lx.FAIL_WORDS, key=len, reverse=True))  # longest first: 不合格 before 合格
_PASSES = tuple(sorted(lx.PASS_WORDS, key=len, reverse=True))


def _side_of(f: Fig, words: Sequence[str]) -> str | None:
    """What a rate named …X率 is of, X one of `words` (小学 of 小学不及格率, "" of 合格率); None when not so named."""
    name = f.claim.subject or ""
    for w in words:
        if name.endswith(w + "率"):
            return _WHOLE_SCOPE.sub("", name[: -len(w) - 1])  # 全区合格率 is the 合格率 of the text's scope
    return None


_WHOLE_SCOPE = regex.compile(r"^(?:全市|全县|全区|全省|全镇|总体|整体)")


def _same_whole(run: list[Fig], m: regex.Match[str]) -> bool:
    first = _KIND_SHARE.search(run[0].clause)
    return first is None or not first["whole"] or first["whole"] == m["whole"]


def kind_share_rows(doc: Doc, breakdowns: list[Breakdown]) -> list[Share]:
    """员工总数 | 8,915 | 8,642 / 其中:女性员工 | 1,658 | 1,659 / 女性员工占比(%) | 18.6 | 19.2: a row of shares
    named for the kind of the 其中 row above it is that row over the row it is listed under, column by column."""
    whole_of = {
        b.parts[0]: b.whole for b in breakdowns if b.cue == "其中" and b.whole is not None and len(b.parts) == 1
    }
    if not whole_of:
        return []
    out: list[Share] = []
    lines: list[list[Fig]] = []
    for s in doc.sentences:
        if not _CELLS.search(s.text):
            lines = []
            continue
        rows: dict[int, list[Fig]] = {}
        for f in s.figs:
            rows.setdefault(s.text.count("\n", 0, f.claim.start - s.start), []).append(f)
        for line in rows.values():
            # (住院手术台次 | 21863 | 24517 | +12.1%: a column of changes beside the years' is left out)
            line = [f for f in line if not f.is_change]
            if not line:
                continue
            m = _KIND_SHARE_ROW.fullmatch(_ROW_HEAD_CUT.sub("", line[0].claim.subject or ""))
            above = next((x for x in reversed(lines[-2:]) if all(f in whole_of for f in x)), None)
            if m is not None and above is not None and len(above) == len(line):
                kind = m["kind"]
                if (above[0].claim.subject or "").startswith(kind) and all(r.is_rate for r in line):
                    tie = "the row of the kind's shares, column by column"
                    out += [Share(r, p, whole_of[p], tie, True) for r, p in zip(line, above, strict=True)]
            lines.append(line)
    return out


_KIND_SHARE_ROW = regex.compile(r"(?P<kind>\p{Han}{2,12}?)(?:占比|比重|比例)")


def row_part_shares(breakdowns: list[Breakdown]) -> list[Share]:
    """项目 | 报告数 | 其中新的和严重 | 占比 over 药品不良反应 | 4386 | 1537 | 35.0: a share cell right after a row's
    其中 cell, under a column named as a share and no more, is that cell over the figure of the row it is of."""
    out = []
    for b in breakdowns:
        if b.cue != "其中" or b.whole is None or len(b.parts) != 1:
            continue
        part, s = b.parts[0], b.parts[0].sent
        if b.whole.sent is not s or "\n" in s.between(b.whole.claim.end, part.claim.start):
            continue
        r = s.figs[part.pos + 1] if part.pos + 1 < len(s.figs) else None
        if r is None or not r.is_rate or r.claim.unit != "%":
            continue
        if not _CELL_GAP.fullmatch(s.between(part.claim.end, r.claim.start)):
            continue  # the next cell of the row, not prose
        own, of = r.claim.subject or "", b.whole.claim.subject or ""
        row = shared_start(own, of)
        if _SHARE_COLUMN.fullmatch(_ROW_HEAD_CUT.sub("", own[row:])) and b.whole.claim.value > 0:
            out.append(Share(r, part, b.whole, "the row's 其中 cell over the figure it is of", True))
    return out


_SHARE_COLUMN = regex.compile(r"占比|比重|比例")
_CELL_GAP = regex.compile(r"[ \u3000]*[|\t][ \u3000]*|[ \u3000]{2,}")  # the gap between two cells of a row
_ROW_HEAD_CUT = regex.compile(r"[(（][^()（）]*[)）]$")


def table_shares(breakdowns: list[Breakdown]) -> tuple[list[Share], list[Breakdown]]:
    """件数 | 比重(%) under a 合计 row: each row's share cell, right after the figure it is of on its line, is that
    figure over the total row's; the shares make 100 (the total row's own share cell, if any, says so too). So
    too under a sentence that states the table's total, when the share column makes 100 within rounding."""
    shares: list[Share] = []
    lists: list[Breakdown] = []
    for b in breakdowns:
        if b.cue not in ("合计", "其中", "table") or b.whole is None:
            continue
        if b.whole.claim.kind == "count" and b.whole.claim.unit == "%":
            continue
        rates = [_share_cell(p) for p in b.parts]
        if any(r is None for r in rates):
            continue
        got = [r for r in rates if r is not None]
        paired = zip(got, b.parts, strict=True)
        if any(r.claim.role in ("before", "after") and r.claim.role != p.claim.role for r, p in paired):
            continue  # a column of last year's shares beside this year's: the cells pair by year, not read here
        whole = _share_cell(b.whole)  # 合计 12846 | 100.00: the total row's own share, which the rows add up to
        # a column of shares, not of rates (结案率, 毛利率): its total is 100, or its head names a share
        hundred = whole is not None and whole.claim.value == 100
        if whole is not None and abs(whole.claim.value - 100) > 1:
            continue  # 前五位合计 | 32.88 | 56.1: the rows are shares of a whole beyond the table, not of its total
        if b.cue == "其中" and not hundred:
            continue  # 全省常住人口 4726.35 100.0 / 其中:城镇 3047.15 64.5: only under a row that says 100
        if not hundred and not all(_SHARE_HEAD.search(r.claim.subject or "") for r in got):
            continue
        heads = [r.claim.subject or "" for r in got]
        if any(_RATE_HEAD.search(h) and not _SHARE_HEAD.search(h) for h in heads):
            continue  # 申请数 | 准予 | 不予 | 办结率 / 新办 186 179 7 100%: each row's own rate, no share of the total
        total = sum((r.claim.value for r in got), Decimal(0))
        if whole is None and any(_WHOLE_NAMED_HEAD.search(h) for h in heads) and abs(total - 100) > 1:
            # 行业 | 产值 | 占规上工业比重 over 合计 | 1592.3 | —, shares that make no 100: of the whole the column
            # names, beyond the table
            continue
        if b.cue == "table" and not _table_of_total(b, got):
            continue
        own = [Share(r, p, b.whole, "the table's total row", True) for r, p in zip(got, b.parts, strict=True)]
        shares += _column_of_shares(own, b, breakdowns)
        lists.append(Breakdown(whole, tuple(got), "shares", True, True))
    return shares, lists


def _column_of_shares(own: list[Share], b: Breakdown, breakdowns: list[Breakdown]) -> list[Share]:
    """单位 | 入库企业 | 其中首次入库 | 占全县比重 / 县经济开发区 | 126 | 71 | 39.7: a share column after two columns
    of figures may be of the first; of the columns that add up to a total row, the one most of the shares fit."""
    if sum(rules.fits(sh) for sh in own) * 2 > len(own):
        return own
    for other in breakdowns:
        if other is b or other.cue != b.cue or other.whole is None or len(other.parts) != len(b.parts):
            continue
        if other.whole.sent is not b.whole.sent or not all(
            q.sent is p.sent and "\n" not in q.sent.between(q.claim.end, p.claim.start)
            for q, p in zip(other.parts, b.parts, strict=True)
        ):
            continue  # the other column's cells stand on the same rows, before these
        moved = [replace(sh, part=q, whole=other.whole) for sh, q in zip(own, other.parts, strict=True)]
        if sum(rules.fits(sh) for sh in moved) * 2 > len(moved):
            return moved
    # 项目数 | 金额 | 占比 with the 金额 cells read as no figures: most shares missing the column before them say
    # they are of another, not that most rows are wrong
    return [replace(sh, firm=False, tie="the table's total row, though most shares miss it") for sh in own]



def _table_of_total(b: Breakdown, shares: list[Fig]) -> bool:
    """A table under a sentence that states its total (共作出…52367件。按类别分: / 类别 | 件数 | 占比): its shares are
    of that total when its rows add up to it and its shares make 100, each within rounding. Rows of another count
    (收到申请178件。已审结案件按…分布如下: rows of the 168 closed) add up to no such figure."""
    assert b.whole is not None
    rows = sum((p.claim.value for p in b.parts), Decimal(0))
    hundred = sum((r.claim.value for r in shares), Decimal(0))
    near = abs(rows - b.whole.claim.value) <= b.whole.claim.value / 1000
    return near and abs(hundred - 100) <= Decimal("0.05") * len(shares)

_SHARE_HEAD = regex.compile(r"比重|占比|构成|比例|份额")
_WHOLE_NAMED_HEAD = regex.compile(r"占(?!比)\p{Han}{2,}(?:比重|比例|份额)")
_RATE_HEAD = regex.compile(r"率$")


def _share_cell(f: Fig) -> Fig | None:
    """The percent cell right after a figure on its table row (4215 | 32.81), if it is the row's share."""
    s = f.sent
    if f.pos + 1 >= len(s.figs):
        return None
    r = s.figs[f.pos + 1]
    if "\n" in s.between(f.claim.end, r.claim.start):
        return None
    first = f.pos == 0 or "\n" in s.between(s.figs[f.pos - 1].claim.end, f.claim.start)
    if first and (r.is_change or r.is_level):
        # 装机容量 | 比上年末增长(%) | 占比(%); 2024年 | 2023年 | 增减 | 占比: the share of the row's first figure
        # is further on the row, in a column named as a share
        r = next((g for g in s.figs[f.pos + 1 :] if g.claim.unit == "%" and not g.is_change), r)
        if "\n" in s.between(f.claim.end, r.claim.start) or not _SHARE_HEAD.search(r.claim.subject or ""):
            return None
        if any(g.is_level and not same_measure(g, f) for g in s.figs[f.pos + 1 : r.pos]):
            return None  # 笔数 | 金额 | 占比: the share may be of either figure
        if any(g.is_level and not g.is_baseline and not g.claim.role for g in s.figs[f.pos + 1 : r.pos]):
            return None  # 收案 | 同比 | 结案 | 占结案总数比重: the share is of the count right before it
    if r.claim.unit != "%" or r.is_change:
        return None
    return r


def named_cell_shares(doc: Doc) -> list[Share]:
    """货币资金 | 128,602.22 | 15.83% under 2024年末金额 | 占总资产比例: a row's share cell of the figure before it,
    over the whole its column names, stated above the table for the same date (资产总额A,较年初的B)."""
    out: list[Share] = []
    for r in doc.figs:
        if not r.is_rate or r.pos == 0 or _HAN_NAME.search(r.clause):
            continue
        m = _CELL_SHARE.search(r.claim.subject or "")
        if m is None:
            continue
        s = r.sent
        # 国内增值税 | 98.64 | 6.2 | 41.2: the row's amount before it, past a cell of its change
        row = [g for g in reversed(s.figs[: r.pos]) if "\n" not in s.between(g.claim.end, r.claim.start)]
        part = next((g for g in row if not (g.is_change and g.claim.unit == "%")), s.figs[r.pos - 1])
        if not part.is_level or part.claim.unit == "%" or "\n" in s.between(part.claim.end, r.claim.start):
            continue
        if part.claim.role is None and any(
            g is not part
            and g.is_level
            and same_measure(g, part)
            and "\n" not in s.between(min(g.claim.end, r.claim.end), max(g.claim.start, r.claim.start))
            for g in s.figs[r.pos + 1 :] + s.figs[: part.pos]
        ):
            continue  # 本期期末数 | 占比 | 上年期末数 | 占比 with no date told apart: which total is each of?
        earlier = part.claim.role == "before"
        cands = [
            w
            for t in doc.sentences[max(0, s.index - _CELL_REACH) : s.index]
            for w in t.figs
            if w.is_level
            and not w.paren
            # stated in prose: another row's cell (固定资产) is no 总资产, unless the row is named so exactly
            # (医疗收入 | 186542 | — over 门急诊收入 | 61473 | 33.0 under 占医疗收入比重)
            and (not _CELLS.search(t.text) or w.claim.subject == m.group("whole"))
            and compatible(w, part)
            and (w.is_baseline or w.claim.role == "before") == earlier
            and w.claim.value > part.claim.value
            and names_match(m.group("whole"), w, whole=True)
        ]
        if cands:
            out.append(Share(r, part, cands[-1], f"the whole its column names ({m.group('whole')})", len(cands) == 1))
    return out


_CELL_SHARE = regex.compile(r"占(?P<whole>\p{Han}{2,10}?)的?(?:比例|比重|百分比)$")
_CELL_REACH = 20  # sentences (each table row is one) back to the figure a share column names


def structure_ratios(doc: Doc) -> list[Breakdown]:
    """三次产业结构9.6:41.2:49.2: three or more terms of a structure make 100."""
    return [Breakdown(None, tuple(run), "structure", True, True) for run in _structure_runs(doc)]


