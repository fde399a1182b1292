"""Which claims belong together, read from the structure of the text and never from their values.

Every finder here looks at cue words, clause and sentence order, list markers, headings and the names
figures carry; none of them looks at whether numbers fit, so a wrong figure is still paired with its
partners and can be caught. Each relation records how its partners were found (`tie`) and whether that
tie is firm enough to call a mismatch inconsistent (`firm`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from . import lexicon as lx
from .model import (
    FROM_END,
    TO_END,
    Doc,
    Fig,
    Sentence,
    _alt,
    common_run,
    compatible,
    countable,
    echo,
    rate_name,
    same_measure,
)

# --- patterns built from the lexicon ----------------------------------------------------------------

_BY_DIMENSION = "|".join(rf"{a}\p{{Han}}{{1,6}}?{b}" for a, b in lx.BY_DIMENSION)  # 按经营地分, 分产业看
PARTS_CUE = regex.compile(
    rf"""(?:{_alt(lx.PARTS_FOLLOW)})
      | (?:^|(?<=[。;；]))\s*(?:{_BY_DIMENSION})(?=[,，:：])""",
    regex.VERBOSE,
)
SURVEY_RATE = regex.compile(_alt(lx.SURVEY_RATES))
REST_ITEM = regex.compile(rf"^(?:{_alt(lx.REST_ITEMS)})")
PAREN_PART = regex.compile(rf"[(（]\s*(?:{_alt(lx.PAREN_PART)})")
SHARE_CUE = regex.compile(_alt(lx.SHARE_CUES))
# 占事项总数的 / 占GDP的比重为 / 占全部…比例: the named whole of a share.
SHARE_WHOLE = regex.compile(
    r"""占(?!比)(?:了)?
        (?P<whole>[^,，;；:：的]{1,20}?)
        (?:的)?(?:比重|比例|份额)?(?:为|达|是|约为|约)?\s*$""",
    regex.VERBOSE,
)
WHOLE_SUFFIX = regex.compile(rf"(?:{_alt(lx.WHOLE_SUFFIXES)})$")
PLACE_PREFIX = regex.compile(r"^(?:全|本)?\p{Han}{0,3}?[省市县区镇乡]")
TOTAL_CUE = regex.compile(_alt(lx.TOTAL_CUES))
# 合计1000件 after the items it adds up
TOTAL_AFTER = regex.compile(rf"^\p{{Han}}{{0,4}}?(?:{_alt(lx.SUM_AFTER)})(?:为|达|达到)?\s*$")
LEADING_TOTAL = regex.compile(rf"^(?:{_alt((*lx.TOTAL_CUES, '全部', '全'))})+")
KIND_WORDS = regex.compile(r"各级各类|各类|各项|各种")
BIG_TOTAL_CUE = regex.compile(_alt(lx.BIG_TOTAL_CUES))
BASE_CUE = regex.compile(_alt(lx.BASE_VERBS))
# "790件审批服务事项中,", "977件中直接纠错": the figure is the base of what follows it.
BASE_OF_FOLLOWING = regex.compile(r"^\p{Han}{0,12}?中(?![心国央华部期间学小型层等级医药考标转文断止])")
PLAN_CUE = regex.compile(_alt(lx.PLAN_CUES))
PLAN_NOUN = regex.compile(rf"(?:{_alt(lx.PLAN_NOUNS)})的?\s*$")
STATUS_SPOILER = regex.compile(_alt(lx.STATUS_SPOILERS))
STATUS_TOTAL = regex.compile(_alt(lx.STATUS_TOTAL))
STATUS_DONE = regex.compile(_alt(lx.STATUS_DONE))
STATUS_OPEN = regex.compile(_alt(lx.STATUS_OPEN))
FILLER = regex.compile(
    rf"""(?:{_alt(lx.CHANGE_FILLERS + lx.INCREASE_VERBS + lx.DECREASE_VERBS)}
        |\d{{4}}年|[,，、\s的])""",
    regex.VERBOSE,
)
STRUCTURE = regex.compile(_alt(lx.STRUCTURE_WORDS))
RATIO_JOIN = regex.compile(r"^\s*[:：]\s*$")
CROSS_CUTTING = regex.compile(_alt(lx.CROSS_CUTTING))
CONTAINS_WORDS = frozenset(w for pair in lx.CONTAINS for w in pair)
_HAN_RUN = regex.compile(r"\p{Han}+")


# --- relation records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """A current value and what the text states about its change."""

    after: Fig
    before: Fig | None
    amount: Fig | None  # the change in the value's own unit: 增加了555件
    rate: Fig | None  # the relative change: 增长99.5%, 增长了近3倍, 超额完成…的32%
    points: Fig | None  # the change of a rate in 百分点
    how: str  # from-to (由A至B), baseline (较A), amount (同比减少7件), plan (超额完成计划)


@dataclass(frozen=True, slots=True)
class Share:
    """A stated rate or share, the part it is of, and the whole it is taken of."""

    rate: Fig
    part: Fig
    whole: Fig
    tie: str  # how the whole was found, in words for the explanation
    firm: bool  # the text ties this whole to the rate: a miss is inconsistent, not unverifiable
    group: int = -1  # shares of one list judged together (consensus on a far whole)
    extra: tuple[Fig, ...] = ()  # further claims of the stated figure: the 1 of 2.02:1
    times: bool = False  # a ratio "a:b" (a times b), not a percent
    alts: tuple[Fig, ...] = ()  # other wholes the text allows as well (收到120件, 受理110件, 办结率…)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A whole and parts the text lists of it; whole None: shares that make up 100%."""

    whole: Fig | None
    parts: tuple[Fig, ...]
    cue: str  # 其中, 包括, 分别, 含, section, status, contains, list, shares, structure
    exhaustive: bool  # the text says the parts are all of the whole
    partition: bool  # the parts are disjoint siblings, so their sum means something
    firm: bool = True
    group: int = -1


@dataclass(frozen=True, slots=True)
class Grim:
    """A rate stated of a whole count with no count for its numerator: some k/n must give it."""

    rate: Fig
    base: Fig
    tied: bool  # the text says the rate is of this very total (N件中…率)


@dataclass
class Relations:
    changes: list[Change] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)
    grims: list[Grim] = field(default_factory=list)


def find(doc: Doc) -> Relations:
    """Every relation the structure of the text states."""
    rel = Relations()
    rel.changes = find_changes(doc)
    rel.breakdowns = find_breakdowns(doc)
    shares, grims, pending = find_shares(doc, rel.breakdowns)
    rel.shares = shares + resolve_far_shares(doc, pending, rel.breakdowns)
    rel.grims = grims
    rel.breakdowns += share_sums(rel.shares, rel.breakdowns) + structure_ratios(doc)
    return rel


# --- small readings -----------------------------------------------------------------------------------


def is_base(f: Fig) -> bool:
    """A figure stated as an intake or a total that rates are taken of: 受理…, 共…, N件中."""
    return bool(BASE_CUE.search(f.clause) or BASE_OF_FOLLOWING.match(f.tail))


def bare(text: str) -> bool:
    """A clause that names nothing new: only 同比/较上年 and change verbs."""
    rest = FILLER.sub("", text)
    return len(_HAN_RUN.sub(lambda m: m.group() if len(m.group()) > 1 else "", rest)) == 0


def main_figs(s: Sentence) -> list[Fig]:
    """The figures of a sentence that state a current level: not changes, baselines or asides."""
    return s.mains


def part_figs(s: Sentence) -> list[Fig]:
    """The figures of a sentence that can be wholes or parts of a sum."""
    return s.parts


@functools.lru_cache(maxsize=4096)
def core(name: str) -> str:
    """A name without total words and place prefixes: '各级各类学校' → '学校', '事项总数' → '事项'."""
    s = WHOLE_SUFFIX.sub("", name)
    s = KIND_WORDS.sub("", s)
    s = LEADING_TOTAL.sub("", s)
    s = PLACE_PREFIX.sub("", s) if len(s) > 4 else s
    return s


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
            if n and (n in fn or (not whole and len(fn) >= 2 and fn in n)):
                return True
    if whole:
        return False
    return echo(c, f) >= 2


def parallel(labels: Sequence[str]) -> bool:
    """Sibling labels built alike (第一产业增加值, 第二产业增加值; X类): parts of one partition.

    Two thirds of the labels must share an ending of two characters (or 类), or a beginning of two.
    """
    labels = [regex.sub(r"[件个项人名家所起次]$", "", x) for x in labels if x]
    if len(labels) < 2:
        return True
    if any(CROSS_CUTTING.search(x) for x in labels):
        return False  # 领导干部, 新录用人员, 女性执法人员: dimensions that overlap
    need = max(2, -(-2 * len(labels) // 3))
    ends: dict[str, int] = {}
    for x in labels:
        for key in {x[-2:], x[-1:] if x.endswith("类") else "", "^" + x[:2]}:
            if key and len(key.lstrip("^")) >= (1 if key == "类" else 2):
                ends[key] = ends.get(key, 0) + 1
    return any(n >= need for n in ends.values())


def _label(f: Fig) -> str:
    return f.label or (f.claim.subject or "")


def has_rest_item(parts: Iterable[Fig]) -> bool:
    return any(REST_ITEM.match(p.label) or REST_ITEM.match(p.claim.subject or "") for p in parts)


def complete_series(parts: Sequence[Fig]) -> bool:
    named = [n for p in parts for n in p.names]
    return any(all(any(w in n for n in named) for w in series) for series in lx.COMPLETE_SERIES)


# --- changes ------------------------------------------------------------------------------------------


def find_changes(doc: Doc) -> list[Change]:
    """Current values with the earlier value, the change or the rate of change the text states."""
    out: list[Change] = []
    for s in doc.sentences:
        out.extend(_sentence_changes(s))
    return out


def _partners(s: Sentence) -> dict[Fig, Fig]:
    """From-to pairs of a sentence: the extractor's links, or 由A…到B / 2022年A, 2023年B read here."""
    ids = {f.claim.id: f for f in s.figs}
    partner: dict[Fig, Fig] = {}
    for f in s.figs:
        for link in f.claim.links:
            if link.type == "before_after" and link.target in ids:
                partner[f] = ids[link.target]
    for a, b in zip(s.figs, s.figs[1:], strict=False):
        if a in partner or b in partner or a.claim.unit != b.claim.unit or a.is_change or b.is_change:
            continue
        dated = a.year is not None and b.year is not None and a.year != b.year and a.is_level == b.is_level
        if (FROM_END.search(a.clause) and TO_END.search(b.clause)) or dated:
            before, after = (b, a) if dated and b.year < a.year else (a, b)  # type: ignore[operator]
            partner[before], partner[after] = after, before
    return partner


def _sentence_changes(s: Sentence) -> list[Change]:
    """Walk the sentence: each change attaches to the last level (or rate) it can be a change of."""
    partner = _partners(s)
    afters = {f: p for f, p in partner.items() if _is_after(f, p)}
    found: dict[Fig, dict[str, list[Fig]]] = {}
    how: dict[Fig, str] = {}
    last_level: Fig | None = None
    last_rate: Fig | None = None
    group = -1
    for f in s.figs:
        if f.group != group:
            group, last_level, last_rate = f.group, None, None
        if f.paren:
            continue
        if f in partner and f not in afters:  # the earlier end of a pair
            continue
        if f in afters:
            found.setdefault(f, {}).setdefault("before", []).append(afters[f])
            how[f] = "from-to"
            if f.is_rate:
                last_rate = f
            else:
                last_level = f
            continue
        if f.is_baseline and not f.is_change:
            target = last_rate if f.is_rate else last_level
            if target is not None and compatible(f, target):
                found.setdefault(target, {}).setdefault("before", []).append(f)
                how.setdefault(target, "baseline")
            continue
        if f.is_level:
            last_level = f
            continue
        if f.is_rate:
            plan = _plan(s, f)
            if plan is not None:
                actual, target_plan = plan
                found.setdefault(actual, {}).setdefault("before", []).append(target_plan)
                found[actual].setdefault("rate", []).append(f)
                how[actual] = "plan"
            last_rate = f
            continue
        if not f.is_change:
            continue
        target = last_rate if f.is_points else last_level
        if target is None or (f.is_change_amount and not same_measure(f, target)):
            continue
        if not (bare(f.clause) or how.get(target) == "from-to" or echo(rate_name(f), target) >= 2):
            continue
        key = "points" if f.is_points else "amount" if f.is_change_amount else "rate"
        found.setdefault(target, {}).setdefault(key, []).append(f)
    return [ch for after, slots in found.items() if (ch := _change(after, slots, how)) is not None]


def _is_after(f: Fig, other: Fig) -> bool:
    """The later end of a from-to pair: by role, else by position or year."""
    if f.claim.role in ("before", "after"):
        return f.claim.role == "after"
    if f.year is not None and other.year is not None and f.year != other.year:
        return f.year > other.year
    return f.index > other.index


def _change(after: Fig, slots: dict[str, list[Fig]], how: dict[Fig, str]) -> Change | None:
    befores = slots.get("before", [])
    if len(befores) > 1 or any(len(slots.get(k, [])) > 1 for k in ("amount", "rate", "points")):
        return None  # two candidates for one role: the text does not say which
    before = befores[0] if befores else None
    amount, rate, points = ((slots.get(k) or [None])[0] for k in ("amount", "rate", "points"))
    if before is None and amount is not None and rate is not None:
        ka, kr = amount.baseline_kind, rate.baseline_kind
        if ka == kr or None in (ka, kr):  # a 同比 rate and a 比年初 amount are two different changes
            return Change(after, None, amount, rate, None, "amount")
        return None
    if before is not None and (amount or rate or points):
        return Change(after, before, amount, rate, points, how.get(after, "baseline"))
    return None


def _plan(s: Sentence, f: Fig) -> tuple[Fig, Fig] | None:
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


# --- breakdowns: 其中 / 包括 / 分别 lists, sections, status splits --------------------------------------


def find_breakdowns(doc: Doc) -> list[Breakdown]:
    out: list[Breakdown] = []
    out += _cue_lists(doc)
    taken = {p for b in out for p in b.parts}
    out += _paren_parts(doc)
    out += _section_lists(doc, taken)
    out += _child_sections(doc, {p for b in out for p in b.parts})
    out += _status_splits(doc)
    out += _contains(doc)
    out += _enumerations(doc, taken)
    out += _totals_after(doc)
    return _dedupe(out)


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


@dataclass
class _Block:
    """The parts region of one list cue: where it starts and which figures it holds."""

    sent: Sentence
    cue: str
    start: int  # document offset of the cue
    figs: list[Fig]
    at_start: bool  # the cue opens its sentence: the whole is in an earlier sentence


def _blocks(s: Sentence) -> list[_Block]:
    out: list[_Block] = []
    matches = [m for m in PARTS_CUE.finditer(s.text) if not _in_paren(s.text, m.start())]
    for k, m in enumerate(matches):
        a = s.start + m.start()
        b = s.start + matches[k + 1].start() if k + 1 < len(matches) else s.end
        figs = [f for f in s.figs if a <= f.claim.start < b and f.is_part and not TOTAL_AFTER.search(f.clause)]
        before = s.text[: m.start()]
        cue = m.group().strip()
        by_dimension = cue not in lx.PARTS_FOLLOW
        at_start = not any(f.claim.start < a and f.is_level for f in s.figs) and (
            not regex.search(r"\p{Han}{3,}", before) or cue.startswith("分别") or by_dimension
        )
        out.append(_Block(s, "按…分" if by_dimension else cue, a, figs, at_start))
    return out


def _in_paren(text: str, i: int) -> bool:
    head = text[:i]
    return head.count("(") + head.count("（") > head.count(")") + head.count("）")


def _cue_lists(doc: Doc) -> list[Breakdown]:
    """其中 / 包括 / 分别为 lists, with their whole in the same sentence or in the sentences before."""
    out: list[Breakdown] = []
    opened: dict[Fig, dict[int, list[Fig]]] = {}  # whole → parts per block, when the whole is earlier
    cue_of: dict[Fig, str] = {}
    context: dict[Sentence, list[Sentence]] = {}  # list and continuation sentences → where their wholes are
    follow = 0  # continuation sentences still allowed for the last opening block
    block_id = 0
    prev: Sentence | None = None
    for s in doc.sentences:
        if prev is not None and prev.section != s.section:
            prev, follow = None, 0
        blocks = _blocks(s)
        if not blocks:
            # a sentence right after a listed part, in the same paragraph, may go on about that part
            # (其中普通小学49所。小学共有专任教师3150人。): only figures named like a whole are taken
            same_paragraph = prev is not None and s.start == prev.end
            if (
                follow
                and same_paragraph
                and prev in context
                and _collect(context[prev], s.figs, opened, cue_of, block_id, "其中", strict=True)
            ):
                context[s] = context[prev]
                follow -= 1
            else:
                follow = 0
            prev = s
            continue
        for blk in blocks:
            wholes = [f for f in part_figs(s) if f.claim.start < blk.start]
            if not blk.at_start:
                if blk.cue.startswith("分别"):
                    continue  # 城乡居民收入分别达到A、B: "respectively", not a list of parts
                by_whole: dict[Fig, list[Fig]] = {}
                for f in blk.figs:
                    w = _pick_whole([w for w in wholes if same_measure(w, f)], f, nearest=True)
                    if w is not None:
                        by_whole.setdefault(w, []).append(f)
                out.extend(_make_list(w, parts, blk.cue) for w, parts in by_whole.items())
                continue
            if prev is None:
                continue
            if blk.cue == "按…分" and prev not in context and s.start != prev.end:
                continue  # 按经营地分: a breakdown of what the sentence right before it states
            context[s] = context.get(prev) or ([prev] if blk.cue == "按…分" else _paragraph(doc, prev, context))
            block_id += 1
            follow = 2
            _collect(context[s], blk.figs, opened, cue_of, block_id, blk.cue, strict=False)
        prev = s
    for w, blocks in opened.items():
        lists = list(blocks.values())
        if len(lists) > 1 and all(len(x) == 1 for x in lists):
            # 其中普通小学49所… 其中普通初中28所: one part from each block, siblings of one whole
            out.append(_make_list(w, [x[0] for x in lists], cue_of[w], siblings=True))
        else:
            out.extend(_make_list(w, parts, cue_of[w]) for parts in lists)
    return out


def _paragraph(doc: Doc, s: Sentence, context: dict[Sentence, list[Sentence]]) -> list[Sentence]:
    """The sentences a list that opens the next sentence may be about: `s` and up to two before it."""
    out = [s]
    for t in reversed(doc.sentences[max(0, s.index - 2) : s.index]):
        if t.section != s.section or t in context:
            break
        out.insert(0, t)
    return out


def _collect(
    sents: list[Sentence],
    figs: Sequence[Fig],
    opened: dict[Fig, dict[int, list[Fig]]],
    cue_of: dict[Fig, str],
    block: int,
    cue: str,
    *,
    strict: bool,
) -> int:
    """Add each figure to the part list of the whole it belongs to; how many were added."""
    cands = [w for t in sents for w in part_figs(t)]
    found = 0
    for f in figs:
        if not f.is_part:
            continue
        w = _pick_whole([w for w in cands if same_measure(w, f)], f, nearest=False, strict=strict)
        if w is not None:
            opened.setdefault(w, {}).setdefault(block, []).append(f)
            cue_of.setdefault(w, cue)
            found += 1
    return found


def _make_list(w: Fig, parts: list[Fig], cue: str, *, siblings: bool = False) -> Breakdown:
    """A listed breakdown: complete when it names "the rest" (其他) or a whole series (三次产业), or when
    it opens a sentence with 分别为 (结果分别为A、B、C: all the outcomes of what the sentence before counts).

    A 包括 list is often partial, so it does not close a list by itself.
    """
    labels = [_label(p) for p in parts]
    exhaustive = has_rest_item(parts) or complete_series(parts) or cue.startswith("分别")
    partition = exhaustive or siblings or parallel(labels)
    return Breakdown(w, tuple(parts), cue, exhaustive, partition)


def _pick_whole(cands: list[Fig], part: Fig, *, nearest: bool, strict: bool = False) -> Fig | None:
    """The whole a part belongs to among same-unit candidates: by name, else the focus of the sentence.

    With `strict` (a sentence that only goes on about a listed part) the names must match.
    """
    if not cands:
        return None
    # "977件中直接纠错236件": a base is not the whole of what follows it; the figure after it is
    focus = [w for w in cands if not (BASE_OF_FOLLOWING.match(w.tail) and w is not cands[-1])]
    if strict:  # the figure must be named as the whole is: 专任教师 ~ 专任教师, 小学招生 ~ 招生
        named = [w for w in focus if any(_same_name(n, x) for n in part.names for x in w.names)]
        return named[0] if len(named) == 1 else None
    named = [w for w in focus if any(names_match(n, w) for n in part.names if n)]
    if len(named) == 1:
        return named[0]
    if len(focus) == 1:
        return focus[0]
    if nearest and focus:
        return focus[-1]
    return None


def _same_name(a: str, b: str) -> bool:
    """One name holds the other, or a synonym of it (小学招生 ~ 招生; 在园幼儿 ~ 在校生)."""
    ca, cb = core(a), core(b)
    if len(ca) < 2 or len(cb) < 2:
        return False
    return ca in cb or cb in ca or any(x in cb for x in synonyms(ca) if len(x) >= 2)


def _paren_parts(doc: Doc) -> list[Breakdown]:
    """4822件(含再审1件): the bracketed figure is part of the one before the bracket."""
    out = []
    for s in doc.sentences:
        for f in s.figs:
            if not f.paren or not f.is_level or f.claim.kind == "duration" or f.pos == 0:
                continue
            opened = _paren_lead(s, f)
            if opened is None or not PAREN_PART.search(opened):
                continue
            w = next((g for g in reversed(s.figs[: f.pos]) if not g.paren), None)
            if w is not None and w.is_level and same_measure(w, f):
                out.append(Breakdown(w, (f,), "含", False, True))
    return out


def _paren_lead(s: Sentence, f: Fig) -> str | None:
    head = s.text[: f.claim.start - s.start]
    i = max(head.rfind("("), head.rfind("（"))
    return head[i:] if i >= 0 else None


def _section_lists(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """A section that opens with a total (审执结各类案件7018件) and lists its categories after it."""
    out = []
    seen: set[tuple[str, ...]] = set()
    for s in doc.sentences:
        if not s.section or s.section in seen:
            continue
        seen.add(s.section)
        sents = doc.section_sentences(s.section)
        totals = [f for f in part_figs(sents[0]) if BIG_TOTAL_CUE.search(f.clause)]
        for w in totals:
            parts = []
            for t in sents[1:]:
                for f in part_figs(t):
                    if f in taken or not same_measure(f, w) or BASE_OF_FOLLOWING.match(f.tail):
                        continue
                    if _leads_run(f):
                        parts.append(f)
            if len(parts) >= 2:
                out.append(Breakdown(w, tuple(parts), "section", False, parallel([_label(p) for p in parts])))
    return out


def _leads_run(f: Fig) -> bool:
    """A figure that opens what its clause says (not one trailing another of the same clause)."""
    prev = f.sent.figs[f.pos - 1] if f.pos else None
    return prev is None or bool(regex.search(r"[,，;；:：。]", f.lead)) or not prev.is_level


def _child_sections(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """全市共有各级各类学校167所… 相关情况如下: each following section gives one part of each total."""
    out = []
    sections = list(doc.by_section)
    for s in doc.sentences:
        if not s.parts or not BIG_TOTAL_CUE.search(s.text):
            continue
        depth = len(s.section)
        children = [
            q
            for q in sections
            if len(q) == depth + 1 and q[:depth] == s.section and doc.by_section[q][0].index > s.index
        ]
        if len(children) < 2:
            continue
        mains = part_figs(s)
        for w in mains:
            unique = sum(1 for g in mains if same_measure(g, w)) == 1
            parts = []
            for ch in children:
                p = _child_part(doc, ch, w, unique, taken)
                if p is None:
                    break
                parts.append(p)
            else:
                out.append(Breakdown(w, tuple(parts), "section", False, True))
    return out


def _child_part(doc: Doc, section: tuple[str, ...], w: Fig, unique: bool, taken: set[Fig]) -> Fig | None:
    """The one figure of a child section that is its share of the total `w`; None when not one."""
    sents = doc.section_sentences(section)
    if not sents:
        return None
    own = [f for t in sents for f in part_figs(t) if f not in taken and same_measure(f, w)]
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
        if STATUS_SPOILER.search(s.text):
            continue
        total = done = still = None
        for f in part_figs(s):
            if STATUS_OPEN.search(f.clause):
                still = still or f
            elif STATUS_DONE.search(f.clause):
                done = done or f
            elif STATUS_TOTAL.search(f.clause) and total is None:
                total = f
        ordered = (
            total is not None and done is not None and still is not None and total.index < done.index < still.index
        )
        if ordered and same_measure(total, done) and same_measure(total, still):
            out.append(Breakdown(total, (done, still), "status", True, True))
    return out


def _contains(doc: Doc) -> list[Breakdown]:
    """教职工1405人, 专任教师1029人: a part by definition, stated next to its whole."""
    out = []
    for s in doc.sentences:
        ends = [(f, words) for f in s.parts if (words := {w for n in f.names for w in _contains_words(n)})]
        for w, whole_words in ends:
            for f, part_words in ends:
                if f.index <= w.index or not same_measure(w, f):
                    continue
                if any(a in whole_words and b in part_words for a, b in lx.CONTAINS):
                    out.append(Breakdown(w, (f,), "contains", False, True))
    return out


@functools.lru_cache(maxsize=4096)
def _contains_words(name: str) -> frozenset[str]:
    """The words of the CONTAINS table a name ends with."""
    return frozenset(w for w in CONTAINS_WORDS if name.endswith(w))


def _totals_after(doc: Doc) -> list[Breakdown]:
    """民事案件600件,刑事案件300件,行政案件100件,合计1000件: a total that sums the items before it."""
    out = []
    for s in doc.sentences:
        for w in s.parts:
            if not TOTAL_AFTER.search(w.clause):
                continue
            parts: list[Fig] = []
            for f in reversed(s.figs[: w.pos]):
                if PARTS_CUE.search(f.tail) or (f.is_level and not same_measure(f, w)):
                    break  # the list starts after 其中, or the figures are of something else
                if not f.is_part or not same_measure(f, w):
                    continue
                if is_base(f):  # 全年共受理案件1000件: a total of its own, not an item
                    break
                parts.insert(0, f)
            if len(parts) >= 2:
                out.append(Breakdown(w, tuple(parts), "合计", True, True))
    return out


def _enumerations(doc: Doc, taken: set[Fig]) -> list[Breakdown]:
    """共梳理出涉企规范性文件62件,拟废止6件、修改2件: a total, then a 、-joined list right after it."""
    out = []
    for s in doc.sentences:
        figs = s.figs
        for k, w in enumerate(figs):
            if not w.is_level or w.is_baseline or not TOTAL_CUE.search(w.clause) or k + 2 >= len(figs):
                continue
            first = figs[k + 1]
            if not regex.fullmatch(r"[,，:：]\p{Han}{1,12}", first.lead):
                continue
            parts = [first]
            for g in figs[k + 2 :]:
                if not regex.fullmatch(r"、\p{Han}{1,12}", g.lead):
                    break
                parts.append(g)
            if len(parts) >= 2 and all(p.is_part and same_measure(p, w) and p not in taken for p in parts):
                out.append(Breakdown(w, tuple(parts), "list", False, parallel([_label(p) for p in parts])))
    return out


# --- shares and named rates ----------------------------------------------------------------------------


@dataclass
class _Pending:
    """A share whose whole is not stated near it: resolved against its chapter's headline total."""

    rate: Fig
    part: Fig


def find_shares(doc: Doc, breakdowns: list[Breakdown]) -> tuple[list[Share], list[Grim], list[_Pending]]:
    parent: dict[Fig, Fig] = {}
    for b in breakdowns:
        if b.whole is not None and b.cue not in ("contains",):
            for p in b.parts:
                parent.setdefault(p, b.whole)
    shares: list[Share] = []
    grims: list[Grim] = []
    pending: list[_Pending] = []
    for s in doc.sentences:
        orphans: list[tuple[Fig, Fig]] = []
        for r in s.figs:
            if r.claim.kind == "ratio":
                sh = _ratio_share(doc, r)
                if sh is not None:
                    shares.append(sh)
                continue
            if not r.is_rate or r.claim.role in ("before", "after") or r.paren:
                continue
            if _plan(s, r) is not None:
                continue
            name = rate_name(r)
            if r.is_baseline and not name.endswith("率"):
                # 毛利率为20.4%,与上年20.6%: the earlier rate is named by the rate before it
                named = next((g for g in reversed(s.figs[: r.pos]) if g.is_rate and not g.is_baseline), None)
                name = rate_name(named) if named is not None else name
            margin = _margin(doc, r, name)
            if margin is not None:
                shares.append(margin)
                continue
            if r.is_baseline:
                continue
            if SHARE_CUE.search(r.clause) or regex.search(r"(?:比重|比例|占比)$", name):
                got = _share(doc, r, parent)
                if isinstance(got, Share):
                    shares.append(got)
                elif isinstance(got, _Pending):
                    pending.append(got)
            elif name.endswith("率"):
                got2 = _named_rate(doc, r, name)
                if isinstance(got2, Share):
                    shares.append(got2)
                elif isinstance(got2, Grim):
                    grims.append(got2)
                elif isinstance(got2, Fig):
                    orphans.append((r, got2))
        shares += _adopt(doc, s, orphans, shares)
    return shares, grims, pending


def _adopt(doc: Doc, s: Sentence, orphans: list[tuple[Fig, Fig]], shares: list[Share]) -> list[Share]:
    """Rates with a numerator but no base near it: the base of a rate beside them in the sentence
    (纠错率…, 调解率…: one base), else an intake total in the sentence right before. Not firm: the text
    does not say so outright, so a miss is unverifiable."""
    out = []
    beside = [sh for sh in shares if sh.rate.sent is s and not sh.times and sh.tie != "the whole the list is of"]
    prev = doc.sentences[s.index - 1] if s.index else None
    for r, numerator in orphans:
        whole = next((sh.whole for sh in beside if countable(sh.whole, numerator)), None)
        tie = "the base of the rate beside it"
        if whole is None and prev is not None and prev.end == s.start:
            whole = next((w for w in reversed(prev.mains) if is_base(w) and countable(w, numerator)), None)
            tie = "the total of the sentence before"
        if whole is not None and whole is not numerator:
            out.append(Share(r, numerator, whole, tie, False))
    return out


def _share(doc: Doc, r: Fig, parent: dict[Fig, Fig]) -> Share | _Pending | None:
    s = r.sent
    part = next((f for f in reversed(s.figs[: r.pos]) if f.is_level and not f.is_baseline and not f.paren), None)
    if part is None:
        return None
    # the share's own clause may name its subject: 第三产业增加值占GDP比重 — then the part must be that
    own = SHARE_CUE.split(r.clause, maxsplit=1)[0]
    own = regex.sub(r"^[\s,，;；的]+|[\s的]+$", "", own)
    if len(own) >= 2 and not names_match(own, part):
        return None
    m = SHARE_WHOLE.search(r.clause)
    named = m.group("whole") if m else ""
    if named and core(named):
        w = _named_whole(doc, r, part, named)
        if w is None and part in parent and names_match(named, parent[part]):
            w = parent[part]
        return Share(r, part, w, f"the whole named {named}", True) if w is not None else None
    if part in parent:
        return Share(r, part, parent[part], "the whole the list is of", True)
    base = next(
        (
            w
            for w in reversed(s.figs[: part.pos])
            if w.is_level
            and not w.is_baseline
            and compatible(w, part)
            and not _has_share(w)
            and (BASE_OF_FOLLOWING.match(w.tail) or (is_base(w) and not is_base(part)))
        ),
        None,
    )
    if base is not None:
        return Share(r, part, base, "the total stated before it in the sentence", True)
    return _Pending(r, part)


def _has_share(f: Fig) -> bool:
    """A figure followed by its own share (行政处罚类共349件,占比31%) is a part, not a base."""
    s = f.sent
    nxt = s.figs[f.pos + 1] if f.pos + 1 < len(s.figs) else None
    return nxt is not None and nxt.is_rate and bool(SHARE_CUE.search(nxt.clause))


def _named_whole(doc: Doc, r: Fig, part: Fig, named: str) -> Fig | None:
    """The figure a share phrase names as its whole (占事项总数的, 占GDP的): nearest first."""
    s = r.sent
    for w in reversed(s.figs[: part.pos]):
        if w.is_level and not w.is_baseline and compatible(w, part) and names_match(named, w, whole=True):
            return w
    for t in reversed(doc.sentences[max(0, s.index - 12) : s.index]):
        for w in reversed(main_figs(t)):
            if compatible(w, part) and names_match(named, w, whole=True):
                return w
    return None


def _named_rate(doc: Doc, r: Fig, name: str) -> Share | Grim | Fig | None:
    """调解成功11929件, 调解成功率99.9%: the rate's name echoes its numerator; the base comes before."""
    s = r.sent
    stem = name[:-1]
    cands = [f for f in reversed(s.figs[: r.pos]) if f.is_level and not f.is_baseline and not f.paren]
    if not cands or not stem:
        return None
    numerator = next((f for f in cands if not is_base(f) and _numerator_of(stem, f)), None)
    if numerator is None:
        # no count of successes: the nearest intake count is the base, and some k/n must give the rate
        base = next((f for f in cands if is_base(f)), None)
        if base is not None and base.exact_count and not SURVEY_RATE.search(stem):
            return Grim(r, base, bool(BASE_OF_FOLLOWING.match(base.tail)))
        return None
    # the nearest base before the numerator: "977件中直接纠错236件", "受理纠纷11933起"
    bases = [
        w
        for w in s.figs[: numerator.pos]
        if w.is_level and not w.is_baseline and countable(w, numerator) and is_base(w)
    ]
    if len(bases) == 1:
        return Share(r, numerator, bases[0], "the total stated before it in the sentence", True)
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
    if again is None:
        return numerator  # a numerator without a base: the caller may find one beside it
    return Share(r, numerator, again, f"the total its {numerator.claim.text} is restated with", True)


def _numerator_of(stem: str, f: Fig) -> bool:
    """Whether `f` counts what a rate named `stem` (调解成功, 结案) counts the successes of.

    The name's last word must be in the figure's name (合格 of 食品抽检合格率), not any two characters.
    """
    if len(stem) >= 2 and any(stem[-2:] in n for n in f.names if n):
        return True
    for key, words in lx.RATE_NUMERATORS:
        if stem.endswith(key) and any(w in n for w in words for n in f.names if n):
            return True
    return False


def _restated(doc: Doc, f: Fig) -> Fig | None:
    """The same count stated again elsewhere with its base: 直接纠错236件 … 977件中直接纠错236件."""
    for g in doc.by_value.get((f.claim.value, f.claim.unit), []):
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


def _margin(doc: Doc, r: Fig, name: str) -> Share | None:
    """毛利率20.4% = 毛利 / 收入 of the same period, stated in this sentence or the ones before."""
    for rate_word, nums, dens in lx.MARGINS:
        if not name.endswith(rate_word):
            continue
        prev = r.is_baseline
        num = _period_fig(doc, r, nums, prev)
        den = _period_fig(doc, r, dens, prev)
        if num is None or den is None or num is den or not compatible(num, den):
            return None
        return Share(r, num, den, f"{rate_word} is {nums[0]} over {dens[0]}", True)
    return None


def _period_fig(doc: Doc, r: Fig, words: Sequence[str], prev: bool) -> Fig | None:
    s = r.sent
    for t in reversed(doc.sentences[max(0, s.index - 4) : s.index + 1]):
        if t.section != s.section:
            break
        for f in reversed(t.figs):
            if t is s and f.pos >= r.pos:
                continue
            if f.claim.kind != "money" or f.is_change or f.is_baseline != prev:
                continue
            own = f.claim.subject or f.label
            if f.is_baseline:  # 较上年人民币1900百万元: the earlier value of the clause's subject
                own = _baseline_owner(f)
            if any(own.endswith(w) for w in words):
                return f
    return None


def _baseline_owner(f: Fig) -> str:
    prev = next((g for g in reversed(f.sent.figs[: f.pos]) if g.is_level and not g.is_baseline), None)
    return (prev.claim.subject or prev.label) if prev else ""


def _ratio_share(doc: Doc, r: Fig) -> Share | None:
    """城乡收入比2.02:1 = 城镇… / 农村…, the two sides stated in this sentence or the one before."""
    s = r.sent
    if r.pos + 1 >= len(s.figs) or r.claim.role == "before":
        return None
    second = s.figs[r.pos + 1]
    if second.claim.kind != "ratio" or not RATIO_JOIN.match(r.tail):
        return None
    if r.pos and s.figs[r.pos - 1].claim.kind == "ratio" and RATIO_JOIN.match(s.figs[r.pos - 1].tail):
        return None  # not the first term
    context = s.text[: r.claim.start - s.start]
    for key, tops, bottoms in lx.RATIO_SIDES:
        i = context.rfind(key)
        if i < 0:
            continue
        rest = regex.sub(r"比.*$", "", context[i + len(key) :])
        top = _side(doc, s, tops, rest)
        bottom = _side(doc, s, bottoms, rest)
        if top is not None and bottom is not None and compatible(top, bottom):
            share = Share(
                r,
                top,
                bottom,
                f"{key}{rest}比 is {tops[0]} : {bottoms[0]}",
                True,
                extra=(second,),
                times=True,
            )
            return share
    return None


def _side(doc: Doc, s: Sentence, prefixes: Sequence[str], rest: str) -> Fig | None:
    for t in (s, doc.sentences[s.index - 1] if s.index else None):
        if t is None or t.section != s.section:
            continue
        for f in main_figs(t):
            for n in f.names:
                if any(n.startswith(p) for p in prefixes) and (not rest or echo(rest, f) >= 2):
                    return f
    return None


# --- shares whose whole is far away ------------------------------------------------------------------


def resolve_far_shares(doc: Doc, pending: list[_Pending], breakdowns: list[Breakdown]) -> list[Share]:
    """Shares with no whole near them: the headline total of their chapter, if it can be their whole.

    The tie is firm when the list's opening words name that total (从行政复议申请事项看 … 行政复议申请);
    otherwise the rule judges the list together and calls a miss only when most of the list fits.
    """
    out: list[Share] = []
    groups: dict[Sentence, list[_Pending]] = {}
    for p in pending:
        groups.setdefault(p.rate.sent, []).append(p)
    gid = 0
    for s, items in groups.items():
        anchor = _headline(doc, s, [p.part for p in items])
        if anchor is None:
            continue
        intro = s.text[: items[0].part.claim.start - s.start]
        intro = regex.split(r"[,，:：]", intro)[0]
        firm = any(len(n) >= 4 and n in intro for n in anchor.names if n)
        gid += 1
        for p in items:
            out.append(
                Share(
                    p.rate,
                    p.part,
                    anchor,
                    f"the headline total of {s.section[0] if s.section else 'the text'}",
                    firm,
                    group=gid,
                )
            )
        parts = [p.part for p in items]
        if len(parts) >= 2 and has_rest_item(parts):
            breakdowns.append(Breakdown(anchor, tuple(parts), "shares-list", True, True, firm=firm, group=gid))
    return out


def _headline(doc: Doc, s: Sentence, parts: list[Fig]) -> Fig | None:
    """The first total of the chapter (top heading) the sentence stands in, or else of the chapter before.

    A chapter whose first total cannot hold the parts has no whole for them: None.
    """
    here = s.section[:1]
    tops = [top for top, sents in doc.by_top.items() if sents[0].index < s.index]
    order = [here] if here in tops else []
    order += [top for top in reversed(tops) if top != here][:1]
    for top in order:
        for t in doc.by_top[top]:
            if t.index >= s.index:
                break
            for f in t.mains:
                if not TOTAL_CUE.search(f.clause) or not all(compatible(f, p) for p in parts):
                    continue
                return f if all(f.claim.value >= p.claim.value for p in parts) else None
    return None


def share_sums(shares: list[Share], breakdowns: list[Breakdown]) -> list[Breakdown]:
    """The shares of a complete list make up 100%."""
    out = []
    by_whole: dict[tuple[int, int], list[Share]] = {}
    for sh in shares:
        if not sh.times and sh.rate.claim.unit == "%":
            by_whole.setdefault((sh.whole.index, sh.group), []).append(sh)
    complete = {
        (b.whole.index, tuple(sorted(p.index for p in b.parts)))
        for b in breakdowns
        if b.whole is not None and b.exhaustive
    }
    for (wi, gid), items in by_whole.items():
        if len(items) < 2:
            continue
        parts = tuple(sorted((sh.part for sh in items), key=lambda f: f.index))
        key = (wi, tuple(p.index for p in parts))
        if key in complete:
            rates = tuple(sh.rate for sh in sorted(items, key=lambda x: x.rate.index))
            firm = all(sh.firm for sh in items)
            out.append(Breakdown(None, rates, "shares", True, True, firm=firm, group=gid))
    return out


def structure_ratios(doc: Doc) -> list[Breakdown]:
    """三次产业结构9.6:41.2:49.2: three or more terms of a structure make 100."""
    out = []
    for s in doc.sentences:
        k = 0
        figs = s.figs
        while k < len(figs):
            f = figs[k]
            if f.claim.kind != "ratio":
                k += 1
                continue
            run = [f]
            while (
                k + len(run) < len(figs) and figs[k + len(run)].claim.kind == "ratio" and RATIO_JOIN.match(run[-1].tail)
            ):
                run.append(figs[k + len(run)])
            if len(run) >= 3 and STRUCTURE.search(s.text[: f.claim.start - s.start]):
                out.append(Breakdown(None, tuple(run), "structure", True, True))
            k += len(run)
    return out
