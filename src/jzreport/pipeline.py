"""The extraction pipeline: normalise → find numbers → drop non-claims → attach context → relate → records."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Context, Decimal

import regex

from . import attach, recache
from . import lexicon as lx
from .filters import SET_PHRASE, reason
from .gcpause import gc_paused
from .normalize import normalize
from .numerals import scale
from .patterns import COUNTED_AFTER, alternation
from .records import Claim, Link, Span, trusted
from .scan import UNIT_FAMILY, Token, scan
from .segment import Layout, Unwrapped, layout, unwrap
from .tables import CELL_SEP, Carry, table_change, with_table_units


@dataclass(frozen=True)
class Skip:
    """A numeric token that is not reported as a claim, and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class _Draft:
    tok: Token
    ctx: attach.Context
    sentence: tuple[int, int]
    role: str | None = None
    links: list[tuple[str, int]] = field(default_factory=list)  # (type, index of the other draft)
    right_subject: str = ""


_WIDE = Context(prec=80)
_PER_LIST_GAP = recache.compile(r"[ ]?(?:、|和|及)[^\d,;。]{0,12}")
_EARLIER_LIST = recache.compile(r"(?:较|比|与)(?:上年|去年|上年同期|去年同期|\d{4}年)(?:同期)?的?$")
_NEW_AFTER_PAIR = recache.compile(r"[,;]?(?:其中)?(?:净增|新增|增加了?|多出)了?")
_FROM = recache.compile(r"[由从](?:[^,;。!?]{0,14}?)$")
# 5832件(2020年4917件), 3.50港仙 (2022年12月31日:3.00港仙): the figure in brackets is the earlier one.
_PAREN_BASE = recache.compile(
    r"^\s?[(（](?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:末|底|同期|度)?|上年(?:同期|末|度)?|去年(?:同期|末)?"
    r"|上一?届|上一?期|上季度|上月)"  # (上届为4545元): the class, period, quarter or month before
    r"[ ]?(?:[:：]|为|是)?[ ]?"
    r"(?:人民币|港币|美元|RMB|US\$|HK\$)?[ ]?$"
)
_RANGE_GAP = recache.compile(r"[ ]?(?:至|到|~|-|—|–|〜)[ ]?")
# ,而2023年则为 / ,上年同期为: the figure after it is the earlier value of the figure before
_YEAR_SAID = recache.compile(r"(\d{4})年")
_THEN_WAS = recache.compile(  # (常年值为1636.2小时: the climate normal a year is set against)
    r"[ ]?[,;]?[ ]?(?:而(?:\d{4}年|上年|去年)?|\d{4}年|上年|去年|常年值?)(?:同期)?则?为[ ]?(?:人民币|港币|美元)?[ ]?"
)
# 由A增加13.2%至(2024年的)B
_TO_AFTER_CHANGE = recache.compile(r"[ ]?(?:至|到)(?:\d{4}年(?:末|底)?的?)?[ ]?(?:人民币|港币|美元)?[ ]?")
# 为预算的101.2%, 恢复到2019年同期的112%: a share of something else, about the figure before it
# 超额完成秋菜播种计划的32%, 超过计划8%: the plan a figure exceeds (完成年度计划的106% is a share of what was done)
_PLAN_SHARE = recache.compile(
    r"(?:超额完成|超过|超出)了?(?:原订|原定|全年的?|全月的?)?(?P<plan>[\u4e00-\u9fff]{0,8}?计划)的?[ ]?$"
)
# 占规划目标6万套(间)的80.5%, 占地区生产总值(2207.2亿元)的5.82%: the figure inside a share phrase is the base it
# names (but 完成年度计划900个的120% is a share of the plan, as the annotators read it)
_SHARE_BASE = recache.compile(r"(?:约?占|相当于)(?P<base>[\u4e00-\u9fff“”]{2,12})[(（]?$")
# 19件已办结, 8件正在办理, 3件尚未办结: a count followed by the state of what it counts, and the clause ends
_STATE_AFTER = recache.compile(  # 其中19件已办结, 28个当年实现达产 (the time is not the state)
    r"(?:当年|年内|当月|当期|同期)?(?P<state>(?:已|正在|尚未|仍在|未)[\u4e00-\u9fff]{1,5})(?=[,;。、]|$)"
)
_REST_LEFT = recache.compile(r"(?:其余|剩余|余下|另有)[ ]?$")  # the figure counts what is left of a whole
_KIND_AFTER = recache.compile(r"(?:均|全部|主要|都)?(?:为|是|属于?)")  # …为农业生产服务类: the kind it is
_PLAN_AFTER = recache.compile(r"[^,;。]{0,10}?完成了?(?:全年的?|全月的?|原定的?)?(?P<plan>[\u4e00-\u9fff]{0,8}?计划)")
_CLOSED_SINCE = recache.compile(r"[^(（]*[)）]")  # a bracket closes before any opens: the figure stood in a note
_LINE_LABEL = recache.compile(
    r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,3}[)])?"  # a list marker
    r"(?P<label>[\u4e00-\u9fff][^\d:,;。|\t]{1,24}?)[ ]?:[ ]?"
)
_CELL_LABELS = frozenset({"盈利", "亏损", "金额", "数额", "数量", "预计", "本期", "上年同期"})
_CELL_BAR = recache.compile(r"[ ]*[|\t][ ]*")
_ROW_HEAD = recache.compile(r"[\u4e00-\u9fff][^\d|\t:]{1,30}")


def _row_label(text: str, pos: int) -> str:
    """The label cell nearest before `pos` in its table row (cells parted by | or tabs), or '':
    产出指标|质量指标|工程验收合格率|≥95% → 工程验收合格率."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    cells = _CELL_BAR.split(line)
    if len(cells) < 2:
        return ""
    return next((c.strip() for c in reversed(cells[:-1]) if _ROW_HEAD.fullmatch(c.strip())), "")


_EARLIER_OF = recache.compile(r"[,]?(?:比|较)[^,;。]{0,30}的")
_AVERAGE_TAIL = recache.compile(r"(?<=..)[人户村亩日月年场次床校]均$")
_GROWTH_TAIL = recache.compile(r"(?<=..)(?:增速|增幅|增长率)$")
_RANKED_TOPIC = recache.compile(r"(?P<topic>[\u4e00-\u9fff“”]{2,16}?)在[^,;。\d]{0,8}$")
_GROUP_TO_RANK = recache.compile(r"[^,;。\d第]{1,12}第")  # 11个|县（市、区）第|4位
_RANKER_BEFORE_GROUP = recache.compile(
    r"(?P<topic>[\u4e00-\u9fff“”]{1,16}?)(?:位居|位列|名列|排名|排在|居于?)(?:全国|全省|全市|全区|全县|全州)?$"
)
_AMONG_GROUP = recache.compile(r"[^,;。\d]{0,12}中[^,;。\d]{0,6}第")
_AMONG_REST = recache.compile(r"[中里内][,]?(?:其中)?有?")  # what stands between 26个湖泊 and 13个 in 26个湖泊中,有13个
_SHARE_START = recache.compile(  # (按可比口径)恢复至2019年同期的: a calculation note may come first
    r"\s*(?:按[^,;。的]{1,6}?(?:口径|价格?)(?:计算)?)?(?:约占|所占(?:比重|比例)?|占|相当于|相等于|约?(?:为|完成|达到?|是|恢复[到至])[^,;。]{1,12}的)"
)
_AFTER_WORD = recache.compile(r"(?:以上|以下|左右|之多|以内|之内|内|多)")
_SENT_PUNCT = recache.compile(r"[;。!?\n]")
_COORDINATED = recache.compile(r"[ ]?(?:和|及|与|、|或)[ ]?")


def extract_claims(text: str) -> list[Claim]:
    """Every numeric claim of `text`, in text order."""
    return extract_with_skips(text)[0]


def extract_with_skips(text: str) -> tuple[list[Claim], list[Skip]]:
    """Claims, and the numeric tokens that were seen but not reported with the reason."""
    claims, skips, _ = _extract(text)
    return claims, skips


# Long texts are read in pieces of about this many characters, cut at a line break, so that memory stays
# flat however long the document; every offset still counts from the start of the whole text.
CHUNK_CHARS = 200_000


def iter_extract(text: str, chunk_chars: int = CHUNK_CHARS) -> Iterator[tuple[list[Claim], list[Skip]]]:
    """Claims and skips of `text`, piece by piece (cut at line breaks), with offsets into the whole text.

    The claims of all pieces together are those of `extract_with_skips(text)` whenever no sentence spans a
    cut; ids run on across pieces and headings carry over.
    """
    state = _State()
    pos = 0
    while pos < len(text):
        end = _cut(text, pos, chunk_chars)
        claims, skips, state = _extract(text[pos:end], pos, state)
        yield claims, skips
        pos = end


def _cut(text: str, pos: int, size: int) -> int:
    """End of the piece that starts at `pos`: the last paragraph or line break before pos + size."""
    if len(text) - pos <= size:
        return len(text)
    for mark in ("\n\n", "\n", "。"):
        i = text.rfind(mark, pos + size // 2, pos + size)
        if i >= 0:
            return i + len(mark)
    return pos + size


@dataclass(frozen=True, slots=True)
class _State:
    """What one piece of a long text hands to the next."""

    next_id: int = 1
    headings: tuple[tuple[int, str], ...] = ()
    note: Carry | None = None  # a table's unit note and open table


def _extract(text: str, base: int = 0, state: _State | None = None) -> tuple[list[Claim], list[Skip], _State]:
    with gc_paused():
        return _read(text, base, state or _State())


def _read(text: str, base: int, state: _State) -> tuple[list[Claim], list[Skip], _State]:
    norm = normalize(text)
    # Hard-wrapped text is read with its wraps taken out (58⏎个, 较⏎上年, 三百⏎零一个 read whole); the records'
    # offsets and texts are those of the text as given.
    view = unwrap(norm)
    given = text
    if view is not None:
        norm, text = view.text, view.cut(text)
    lay = layout(norm, state.headings)
    set_spans = [(m.start(), m.end()) for m in SET_PHRASE.finditer(norm)]
    tokens = _with_range_units(norm, _compounds(list(scan(norm, lay.number_cuts))))
    note = with_table_units(norm, tokens, state.note)
    drafts: list[_Draft] = []
    skips: list[Skip] = []
    last: Token | None = None
    for tok in tokens:
        why = reason(norm, tok, _near(set_spans, tok) if tok.chinese else [])  # only Chinese numerals meet set phrases
        if why == "no unit" and last is not None and _next_in_run(norm, last, tok):
            tok.family, why = last.family, None  # 分别为0.468和0.396: one more of a run of unitless figures
        if why:
            a, b = (tok.start, tok.end) if view is None else (view.where(tok.start), view.where_end(tok.end))
            skips.append(Skip(a + base, b + base, given[a:b], why))
            continue
        ctx = attach.qualifiers(norm, tok)
        drafts.append(_Draft(tok, ctx, lay.sentence_of(tok.start)))
        last = tok
    _kinds(norm, drafts)
    _relate(norm, drafts)
    _subjects(norm, drafts, text, lay)
    _respectively(norm, drafts, text)
    claims = _records(given, lay, drafts, base, state.next_id, view)
    return claims, skips, _State(state.next_id + len(claims), lay.stack, note)


def _next_in_run(text: str, last: Token, tok: Token) -> bool:
    """0.468和0.396: a bare decimal joined by 和 or 、 to a unitless decimal right before it is one more of them."""
    return (
        last.family in ("unitless", "unitless_ratio")
        and not tok.chinese
        and not last.chinese
        and "." in tok.number
        and "." in last.number
        and _RUN_JOINER.fullmatch(text, last.end, tok.start) is not None
    )


_RUN_JOINER = recache.compile(r"[、和及]")


def _near(spans: list[tuple[int, int]], tok: Token) -> list[tuple[int, int]]:
    """The set-phrase spans that may cover `tok` (phrases are short: start within 12 before it)."""
    i = bisect.bisect_left(spans, (tok.num_start - 12, 0))
    j = bisect.bisect_right(spans, (tok.num_end, len(spans) and 1 << 62))
    return spans[i:j]


_TRILLION = Decimal(10) ** 12
_FULL_WIDTH, _FULL_WIDTH_END = "\uff01", "\uff5e"  # ！ to ～: full-width forms of ASCII


def _compounds(tokens: list[Token]) -> list[Token]:
    """285万2,170人, 1兆2,384亿元, 5万5千宗: a figure written in two scales, the larger first, read as one (the
    second part's unit and scale carry the whole)."""
    out: list[Token] = []
    for tok in tokens:
        a = out[-1] if out else None
        if (
            a is not None
            and a.end == tok.start
            and not (a.chinese or tok.chinese or a.skip or tok.skip)
            and a.value is not None
            and tok.value is not None
            and (big := _TRILLION if a.unit_text == "兆" else a.multiplier if not a.unit else None)
            and (digits := tok.number.replace(",", "").replace(" ", "")).isdigit()
            and (
                (big == tok.multiplier * 10_000 and len(digits) == 4)  # 285万2,170: all four places written
                or (big == tok.multiplier * 10 and len(digits) == 1)  # 5万5千, 1亿2千万: the next place down
            )
        ):
            whole = Decimal(a.number.replace(",", "").replace(" ", "")) * big  # 415 233万: thousands set apart
            out[-1] = dataclasses.replace(tok, start=a.start, num_start=a.num_start, value=whole + tok.value)
            continue
        out.append(tok)
    return out


def _with_range_units(text: str, tokens: list[Token]) -> list[Token]:
    """10至60个工作日, 1-2万元: the first end of a range takes the unit (and scale) of the second; so does each
    figure of a list that states its unit once, at the end (分别增加3.1、4.2和5.3个百分点), read back to front."""
    for a, b in reversed(list(itertools.pairwise(tokens))):
        if a.skip or b.skip or a.value is None or b.value is None:
            continue
        # 分别压缩至3个和2个工作日: the first's measure word (个) begins the second's unit (个工作日)
        # (2.77个、2.15个和1.56个百分点: the middle one took 百分点 from the last already)
        if a.unit_text == "个" and b.unit_text.startswith("个") and (len(b.unit_text) > 1 or b.unit != a.unit):
            if _COORDINATED.fullmatch(text, a.end, b.start):
                a.unit, a.family = b.unit, b.family
            continue
        if a.unit or not b.unit:
            continue
        gap = text[a.end : b.start]
        if a.chinese != b.chinese or not (
            _RANGE_GAP.fullmatch(gap)
            # 分别提高0.8和1.5个百分点: the first of two figures joined by 和 shares the unit after the second
            or (_COORDINATED.fullmatch(gap) and b.family in ("percent", "money", "measure") and b.unit != "年")
            # 分别为12、15和18个: after 分别, counts and durations too
            or (
                _COORDINATED.fullmatch(gap)
                and b.family in ("count", "duration")
                and b.unit != "年"
                and _RESPECTIVELY_BEFORE.search(text, max(0, a.start - 24), a.start)
            )
        ):
            continue
        if b.multiplier != 1 and a.multiplier == 1:
            a.value = scale(a.value, b.multiplier)
            a.multiplier = b.multiplier
        factor = UNIT_FAMILY.get(b.unit_text[len(b.mult_text) :], (None, None, Decimal(1)))[2]
        a.value = scale(a.value, factor)
        a.unit, a.family = b.unit, b.family
    return tokens


_AMOUNTS = frozenset({"count", "money", "measure", "duration"})
_RESPECTIVELY_BEFORE = recache.compile(r"分别[^,;。]*$")


def _kinds(text: str, drafts: list[_Draft]) -> None:
    prev: _Draft | None = None
    for d in drafts:
        # the words since the claim before (a date between them is part of those words: 提高到2023年的44.1%)
        floor = max(prev.tok.end if prev is not None else 0, d.sentence[0])
        attach.kind_and_change(text, d.tok, d.ctx, floor)
        table_change(d.tok, d.ctx)  # a cell under 增减 or 同比增长 is a change
        # 分别增长5.5%和7.1%: a figure joined to a change by 和/、 is a change of the same kind
        # 每千人口拥有医师3.4人、护士3.9人、床位6.8张: the items of a per-N list are per-N figures too
        if (
            prev is not None
            and prev.ctx.kind == "other"
            and d.ctx.kind == "count"
            and prev.sentence == d.sentence
            and _PER_LIST_GAP.fullmatch(text, prev.tok.end, d.ctx.approx_start or d.tok.start)
        ):
            d.ctx.kind = "other"
        # (分别增加8支和310人: across units too, after 分别)
        if (
            prev is not None
            and prev.ctx.kind == "change"
            and (d.ctx.kind != "change" or d.ctx.direction is None)
            and _COORDINATED.fullmatch(text, prev.tok.end, d.tok.start)
            and (
                prev.tok.unit == d.tok.unit
                or "分别" in _lead(text, prev)
                # 同比减少2起、9人: one change verb before a list of amounts of several units
                or (text[prev.tok.end : d.tok.start] == "、" and prev.tok.family in _AMOUNTS
                    and d.tok.family in _AMOUNTS)
            )
        ):
            d.ctx.kind, d.ctx.direction, d.ctx.baseline = "change", prev.ctx.direction, prev.ctx.baseline
            attach.unsign_change(d.tok, d.ctx)  # 分别增长3.1%和-1.8%
        # 每户人口为2.72人,比2010年的3.05人: the earlier value of a per-unit figure is one too
        if (
            prev is not None
            and prev.ctx.kind == "other"
            and d.ctx.kind == "count"
            and prev.tok.unit == d.tok.unit
            and _EARLIER_OF.fullmatch(text, prev.tok.end, d.tok.start)
            and prev.tok.value and d.tok.value  # of a like size: 日均153个,较上年的4.9万个 compares the total
            and Decimal("0.2") < d.tok.value / prev.tok.value < 5
        ):
            d.ctx.kind = "other"
        # 净增加1.26万公顷(18.90万亩): the same change restated in another unit in brackets
        if (
            prev is not None
            and prev.ctx.kind == "change"
            and d.ctx.kind in ("measure", "money", "count")
            and d.tok.family == prev.tok.family
            and d.tok.unit != prev.tok.unit
            and text[prev.tok.end : d.tok.start] in ("(", "（")
            and text.startswith((")", "）"), d.tok.end)
        ):
            d.ctx.kind, d.ctx.direction, d.ctx.baseline = "change", prev.ctx.direction, prev.ctx.baseline
        prev = d


def _relate(text: str, drafts: list[_Draft]) -> None:
    """Before/after pairs (由A减少至B, A(2020年B)) and ranges (A至B)."""
    _parallel_pairs(text, drafts)
    _earlier_lists(text, drafts)
    for j, b in enumerate(drafts):
        if j == 0:
            continue
        i = j - 1
        a = drafts[i]
        gap = text[a.tok.end : b.tok.start]
        if _PAREN_BASE.match(gap):
            # 营业收入3,856.2百万元,同比增长12.4%(2023年:3,430.8百万元): the level before the change
            # (比去年同期少25人(去年同期354人): of the level 329人 before the change, not of the change)
            k = next(
                (
                    k
                    for k in range(i, max(-1, i - 4), -1)
                    if drafts[k].tok.unit == b.tok.unit and drafts[k].ctx.kind != "change"
                ),
                None,
            )
            if (
                k is not None
                and drafts[k].role is None
                and b.role is None
                and ";" not in text[drafts[k].tok.end : b.tok.start]  # not a figure of the clause before
            ):
                drafts[k].role, b.role = "after", "before"
                drafts[k].links.append(("before_after", j))
                b.links.append(("before_after", k))
                continue
        # 营业收入\t1256.8\t1157.3: the cells of one row under two years are the two ends of a change; so are
        # 工程机械 | 10,523.16 | 81.80% | 9,386.72 | 80.14%, each year's share cell after its amount
        k = i - 1 if a.tok.unit != b.tok.unit and i >= 1 and b.tok.period is not None else i
        y = drafts[k]
        # 受理 | 上年同期 | 同比 / 326 | 340 | -4.12%: a column of the year before alone is of the column before it
        now = y.tok.period if y.tok.period is not None else (1 if k == i and b.tok.period == 0 else None)
        if (
            now is not None
            and b.tok.period is not None
            and now != b.tok.period
            and y.tok.unit == b.tok.unit
            and y.role is None
            and b.role is None
            and "\n" not in text[y.tok.end : b.tok.start]
        ):
            y.role, b.role = ("after", "before") if now > b.tok.period else ("before", "after")
            y.links.append(("before_after", j))
            b.links.append(("before_after", k))
            if k == i - 1 and j + 1 < len(drafts):
                _pair_shares(text, drafts, i, j + 1, y.role)
            continue
        if a.sentence != b.sentence:
            continue
        if (
            _THEN_WAS.fullmatch(gap)
            and a.role is None
            and b.role is None
            and a.tok.unit == b.tok.unit
            and a.ctx.kind != "change"
            # 清运52.37万吨,日均清运1430.9吨,上年同期为50.45万吨: the earlier value of the total, not of a day's
            and not (_PER_SPAN.search(_lead(text, a)) and not _PER_SPAN.search(gap))
        ):
            # 年内溢利为1,563.8百万元,而2023年则为1,326.5百万元: the second figure is the earlier one (but 2022年为96件,
            # 2023年为143件: the years say which)
            said, own = _YEAR_SAID.search(gap), _YEAR_SAID.search(_lead(text, a))
            later_first = said is None or own is None or int(own.group(1)) > int(said.group(1))
            a.role, b.role = ("after", "before") if later_first else ("before", "after")
            a.links.append(("before_after", j))
            b.links.append(("before_after", i))
            continue
        if (
            a.ctx.kind == "change"
            and i > 0
            and a.tok.unit != b.tok.unit
            and (z := drafts[i - 1]).sentence == b.sentence
            and z.role is None
            and b.role is None
            and z.tok.unit == b.tok.unit
            and _TO_AFTER_CHANGE.fullmatch(gap)
            and _FROM.search(text[max(z.sentence[0], z.tok.start - 16) : z.ctx.approx_start or z.tok.start])
            and not _SENT_PUNCT.search(text, z.tok.end, a.tok.start)
        ):
            # 由A增加13.2%至B: the change between the two sides is the change of B
            z.role, b.role = "before", "after"
            z.links.append(("before_after", j))
            b.links.append(("before_after", i - 1))
            a.links.append(("change_of", j))
            continue
        if b.ctx.to_marker and a.role is None:
            a_left = text[max(a.sentence[0], a.tok.start - 16) : a.ctx.approx_start or a.tok.start]
            if _FROM.search(a_left) and not _SENT_PUNCT.search(gap) and gap.count(",") <= 1 and _same_family(a, b):
                a.role, b.role = "before", "after"
                a.links.append(("before_after", j))
                b.links.append(("before_after", i))
                if a.ctx.kind == "change" and b.ctx.kind != "change":
                    a.ctx.kind, a.ctx.direction = b.ctx.kind, None
                elif a.ctx.kind == "other" and b.ctx.kind == "count":
                    b.ctx.kind = "other"  # 由每万人72.3件下降至65.8件: both ends are per-N figures
                continue
        if (
            _RANGE_GAP.fullmatch(gap)
            and a.role in (None, "after")
            and b.role is None
            and a.tok.unit == b.tok.unit
            and not _change_then_level(a, b)
        ):
            if a.role == "after":  # 由7个工作日缩短至3至5个工作日: the level reached is a range, both ends after
                b.role = "after"
            else:
                a.role, b.role = "range_low", "range_high"
            a.links.append(("range", j))
            b.links.append(("range", i))
            b.ctx.kind, b.ctx.direction, b.ctx.to_marker = a.ctx.kind, a.ctx.direction, False
    # 由36种扩大到51种,新增15种: what is new after a before/after pair is the change between them
    for j in range(2, len(drafts)):
        a, b, d = drafts[j - 2], drafts[j - 1], drafts[j]
        if (
            a.role == "before"
            and b.role == "after"
            and d.role is None
            and d.ctx.kind == "count"
            and d.sentence == b.sentence
            and a.tok.unit == b.tok.unit == d.tok.unit
            and _NEW_AFTER_PAIR.fullmatch(text, b.tok.end, d.ctx.approx_start or d.tok.start)
        ):
            d.ctx.kind, d.ctx.direction = "change", "increase"
            d.links.append(("change_of", j - 1))
    # Adjacent Chinese digits 两三天, 三四个: a range written as one word.
    for j, b in enumerate(drafts[1:], start=1):
        a = drafts[j - 1]
        if (
            a.tok.chinese
            and b.tok.chinese
            and a.tok.end == b.tok.start
            and a.role is None
            and (not a.tok.unit or a.tok.unit == b.tok.unit)  # not 一个五年
        ):
            a.role, b.role = "range_low", "range_high"
            a.links.append(("range", j))
            b.links.append(("range", j - 1))


def _parallel_pairs(text: str, drafts: list[_Draft]) -> None:
    """分别由A1、A2提高到B1、B2: two lists of one length on both sides of 到, paired in order."""

    def joined(k: int) -> bool:
        return _side_by_side(text, drafts, k)

    for j, b in enumerate(drafts):
        if not b.ctx.to_marker or b.role is not None or j < 2:
            continue
        first = j - 1
        while first > 0 and joined(first - 1):
            first -= 1
        n = j - first
        if n < 2 or j + n > len(drafts) or not all(joined(k) for k in range(j, j + n - 1)):
            continue
        head = drafts[first]
        if not _FROM.search(text[max(head.sentence[0], head.tok.start - 16) : head.ctx.approx_start or head.tok.start]):
            continue
        pairs = [(drafts[k], drafts[k + n]) for k in range(first, j)]
        if any(x.role or y.role or x.tok.unit != y.tok.unit for x, y in pairs):
            continue
        _pair_lists(text, drafts, range(first, j), range(j, j + n))


def _side_by_side(text: str, drafts: list[_Draft], k: int) -> bool:
    """Drafts k and k + 1 stand side by side in a list (A、B, A和B)."""
    return _COORDINATED.fullmatch(text, drafts[k].tok.end, _start(drafts[k + 1])) is not None


def _pair_lists(text: str, drafts: list[_Draft], before: range, after: range) -> None:
    """Pair two lists of figures in order, and link the changes stated right after them (分别增长r1和r2)."""
    n = len(before)
    for k, m in zip(before, after, strict=True):
        drafts[k].role, drafts[m].role = "before", "after"
        drafts[k].links.append(("before_after", m))
        drafts[m].links.append(("before_after", k))
    last = max(before.stop, after.stop)
    rates = range(last, last + n)  # …,分别增长5.3%和6.5%: the changes of the pairs, in order
    if rates.stop <= len(drafts) and all(drafts[k].ctx.kind == "change" for k in rates) and all(
        _side_by_side(text, drafts, k) for k in range(rates.start, rates.stop - 1)
    ):
        for r, m in zip(rates, after, strict=True):
            drafts[r].links.append(("change_of", m))


def _pair_shares(text: str, drafts: list[_Draft], i: int, j: int, first_role: str) -> None:
    """金额 | 占比 | 金额 | 占比 under two years: the share cells after the paired amounts are of those years."""
    a, b = drafts[i], drafts[j]
    if a.tok.unit != b.tok.unit or a.role is not None or b.role is not None or "\n" in text[a.tok.end : b.tok.start]:
        return
    a.role, b.role = first_role, "before" if first_role == "after" else "after"
    a.links.append(("before_after", j))
    b.links.append(("before_after", i))


def _earlier_lists(text: str, drafts: list[_Draft]) -> None:
    """事故7起、死亡8人,较上年的9起、10人分别下降…: the figures after 较上年的 are the earlier ones, in order."""
    for j, d in enumerate(drafts):
        if d.role is not None or not _EARLIER_LIST.search(text, max(0, d.tok.start - 12), _start(d)):
            continue
        end = j
        while end + 1 < len(drafts) and _LIST_GAP.fullmatch(text, drafts[end].tok.end, _start(drafts[end + 1])):
            end += 1
        n = end - j + 1
        if n < 2 or j < n:
            continue
        now = range(j - n, j)
        if all(
            drafts[k].role is None and drafts[k].tok.unit == drafts[k + n].tok.unit and drafts[k].sentence == d.sentence
            for k in now
        ) and all(_LIST_GAP.fullmatch(text, drafts[k].tok.end, _start(drafts[k + 1])) for k in range(j - n, j - 1)):
            _pair_lists(text, drafts, range(j, j + n), now)



_CLAUSE_MARKS = recache.compile(r"[,;。]")
_NAMED_ALONE = recache.compile(r"[,;。\n]|$")
_DONE_TAIL = recache.compile(r"(?:完成|实现|办结|建成|开工|竣工|投产|签约|落地)(?=了?$)")
_SHARED_FAMILIES = frozenset({"count", "money", "measure"})


def _change_then_level(a: _Draft, b: _Draft) -> bool:
    """增加约3,700人至121,400人: an amount of change, then the level it led to (not a range of amounts)."""
    return (
        a.ctx.kind == "change"
        and a.tok.family in ("count", "money", "measure")
        and a.tok.value is not None
        and b.tok.value is not None
        and b.tok.value > 5 * a.tok.value
    )


def _same_family(a: _Draft, b: _Draft) -> bool:
    return a.tok.family == b.tok.family or not a.tok.unit or not b.tok.unit


def _subjects(text: str, drafts: list[_Draft], original: str, lay: Layout) -> None:
    """Name what each number counts: the noun after a measure word, else the noun phrase before it.

    Matching runs on the normalised `text`; the subject is sliced from `original` at the same place.
    """
    first = 0  # index of the first draft of the current sentence (drafts are in text order)
    for j, d in enumerate(drafts):
        tok, ctx = d.tok, d.ctx
        if j and drafts[j - 1].sentence != d.sentence:
            first = j
        earlier = drafts[max(first, j - 12) : j]  # the drafts before d in its sentence, 12 at most
        prev = earlier[-1] if earlier else None
        floor = max(d.sentence[0], prev.tok.end if prev else 0)
        start = ctx.approx_start if ctx.approx_start is not None else tok.start
        cstart = attach.clause_start(text, start, floor)
        left_raw = text[cstart:start]
        if prev is not None and prev.right_subject and left_raw.startswith(prev.right_subject):
            left_raw = left_raw[len(prev.right_subject) :].lstrip("中里内")  # 1,468项事项中可网上办理…
        elif prev is not None and cstart == prev.tok.end and left_raw[:1] == "中" and len(left_raw) > 2:
            left_raw = left_raw[1:]  # 审结的977件中直接纠错71件: among the 977, not 中直接纠错
        elif prev is not None and prev.tok.family == "duration" and prev.tok.end == cstart:
            left_raw = _SPAN_TAIL.sub("", left_raw)  # 四年间共减少2.68万人: 间 ends the span before
        if text[cstart - 1 : cstart] == ":" and attach.PERIOD_ONLY.fullmatch(left_raw.strip()):
            # 1. 销售费用:本期28,436.72万元: the label before the colon names it; 本期 says when
            label_start = attach.clause_start(text, cstart - 1, max(d.sentence[0], text.rfind("\n", 0, cstart) + 1))
            left_raw = text[label_start : cstart - 1]
        right = ""
        if tok.unit and not (d.role == "range_low" and not tok.unit_text) and (  # 七八趟: 七 has 趟 on loan
            tok.family in ("count", "measure")
            or _WITHIN.match(text, tok.end)
            or _SHARE_OF.search(tok.unit_text)
            or ("分之" in tok.number and not tok.number.startswith(lx.RATE_WORDS))
        ):
            right = attach.right_subject(text, tok, _after_qualifier(text, tok), verbs_ok=tok.family == "duration")
        if tok.family == "count" and not tok.unit and (noun := COUNTED_AFTER.match(text, tok.end)):
            right = noun.group()  # 联合7部门: the noun counted stands right after the number
        if tok.family == "rank" and text.startswith("大", tok.end):
            right = attach.right_subject(text, tok, tok.end + 1)  # 第二大出口市场: the place among markets
        partner = drafts[d.links[0][1]] if d.role in ("after", "before") and d.links else None
        if (
            right
            and tok.family == "count"
            and attach.ends_with_verb(right)
            and not _TOTAL_TAIL.search(right)  # 13个设区市合计10371名: the towns are named after the count
            and len(named := attach.clean_left(left_raw)) >= 2
            and left_raw.rstrip().endswith(named)  # the noun stands right before the number
            and not attach.ends_with_verb(named)
            and not attach.scope_word(named)
            and not _REST_LEFT.fullmatch(named)  # 剩余12名退役士兵安置到岗: the rest of the soldiers, named after
        ):
            right = ""  # 组织人大代表2865名进站履职: what follows is what they did; the noun stands before
            left = named
        else:
            left = attach.clean_left(left_raw) if tok.row_head or not right else ""  # only read when needed
        share_of = not right and not left and tok.family == "percent" and text.startswith("的", tok.end)
        if not right and tok.family == "duration" and (span := _SPAN_NAMED.match(text, _after_qualifier(text, tok))):
            right, left = span.group("span"), ""  # 给予30日的整改期限: the length of the period named after it
        if share_of:
            right = attach.right_subject(text, tok, tok.end + 1)  # 35%的村完成改造: a share of the villages
        elif not right and tok.family in ("percent", "money") and left and attach.opens_object(left_raw.rstrip()):
            after = _after_qualifier(text, tok)
            after += text.startswith("的", after)
            if named := attach.right_subject(text, tok, after):  # 按照10%的税率: the rate is named after it
                right, share_of = named, True
        subject: str | None
        cell_lead = left_raw.rstrip("+＋")  # +5.2%: the sign is the cell's, no word before the figure (a table cell)
        if tok.row_head and (not left or not cell_lead or cell_lead.endswith(" ") or CELL_SEP.search(cell_lead)):
            subject, source = _orig(original, text, cstart - 60, start, tok.row_head), "row"
        elif _COMPARED_WITH.search(left_raw) and (then := _COMPARED_END.match(text, _after_qualifier(text, tok))):
            # 与2022年度的8029.08万元相比,收、支总计增加…: named after 相比, else what was just stated
            # 森林面积为52.6万亩,与…的47.3万亩相比: the figure just stated in the sentence, else the one named
            # after 相比, else the headline of the sentence before
            same = [p for p in earlier if p.tok.unit == tok.unit and p.ctx.subject]
            stated = same[-1] if same else None
            if stated is None and (named := _compared_named(text, then.end())):
                subject, source = _orig(original, text, then.end(), then.end() + 40, named), "right"
            else:
                stated = stated or _headline_before(text, drafts, first, j, tok.unit)
                subject, source = (stated.ctx.subject if stated else None), "inherited"
        elif partner is not None and d.links[0][1] < j and partner.ctx.subject:
            subject, source = partner.ctx.subject, "partner"
        elif plan := _PLAN_SHARE.search(left_raw):
            subject, source = plan.group("plan"), "left"  # 完成年度计划的百分之一百零六: a share of the plan
        elif (base := _SHARE_BASE.search(left_raw)) and _OF_AFTER.match(text, tok.end):
            subject, source = base.group("base"), "base"  # 占规划目标6万套的80.5%: the base the share names
        elif left_raw.endswith("超额") and (plan := _PLAN_AFTER.match(text, tok.end)):
            subject, source = plan.group("plan"), "right"  # 以超额百分之十五的成绩完成了全月的产值计划
        elif _SHARE_START.match(left_raw) and prev is not None and prev.ctx.subject:
            # 41种商品在标价前7日内无成交记录,占比65.1%: a share is of the things counted, not of a span of days
            amounts = [p for p in earlier if p.tok.family in _SHARED_FAMILIES and p.ctx.subject]
            shared = prev if prev.tok.family != "duration" or not amounts else amounts[-1]
            subject, source = shared.ctx.subject, "inherited"
            # …占比最高,为31.2%;其次是劳动和社会保障类,占17.8%: the clause before 占 names the part itself
            gap = text[prev.tok.end : cstart]
            own = attach.clean_left(_CLAUSE_MARKS.split(gap.rstrip(",;"))[-1]) if ";" in gap else ""
            if len(own) >= 2 and not any(ch.isdigit() for ch in own):
                subject, source = own, "clause"
        elif (
            prev is not None
            and prev.right_subject
            and prev.ctx.subject
            and tok.unit == prev.tok.unit
            and text.startswith(prev.right_subject, prev.tok.end)
            and _AMONG_REST.fullmatch(text, prev.tok.end + len(prev.right_subject), start)
            # 120家企业中有35家高新技术企业, 13个乡镇中有4个司法所: what is counted is named after it (but in
            # 26个湖泊中,有13个水质为Ⅲ类 the noun after it is an attribute of the lakes, said of them)
            and not (right.endswith(prev.right_subject[-2:]) or _NAMED_ALONE.match(text, tok.end + len(right)))
        ):
            subject, source = prev.ctx.subject, "inherited"  # 18个司法所中有5个仅有…: five of the 司法所
        elif (
            not right
            and _REST_LEFT.search(left_raw)
            and (kind := _KIND_AFTER.match(text, _after_qualifier(text, tok)))
            and (named := attach.right_subject(text, tok, kind.end()))
        ):
            subject, source = named, "right"  # 其余11个为农业生产服务类: the rest are of the kind named after 为
        elif right:
            after = tok.end + 1 if share_of else _after_qualifier(text, tok)
            subject, source = _orig(original, text, after, after + 40, right), "right"
        elif not left and (label := _LINE_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)):
            subject, source = label.group("label"), "row"  # 累计已回购股数:3,126,400股: the line's own label
        elif (not left or left.rstrip(":") in _CELL_LABELS) and (row := _row_label(text, start)):
            # 归属于上市公司股东的净利润 | 盈利:38,000万元–42,000万元: the row names what the labelled cell states
            subject, source = row, "row"
        elif left:
            subject, source = _orig(original, text, cstart, start, left), "left"
        elif tok.family == "duration" and left_raw.endswith("连续") and (streak := _STREAK.match(text, tok.end)):
            # 连续17年未发生重大森林火灾: the years count the streak named after them
            what = streak.group("what").strip("“”\"")
            subject, source = _orig(original, text, streak.start("what"), streak.end("what"), what), "right"
        elif tok.family == "count" and (state := _STATE_AFTER.match(text, tok.end)) and not attach.clean_left(left_raw):
            subject, source = state.group("state"), "right"  # 其中19件已办结, 8件正在办理: the state is what counts
        elif (
            not earlier
            and tok.family == "money"
            and not attach.clean_left(left_raw)
            and (named := attach.right_subject(text, tok, tok.end))
        ):
            subject, source = named, "right"  # 1.06亿元资金滞留在过渡账户: nothing before, the money is named after
        elif not earlier and tok.family == "count" and (obj := attach.object_after(text, tok.end)):
            subject, source = obj, "right"  # 连续两轮开展规范性文件清理: what the counted action was done to
        elif attach.is_modal(left_raw):  # 结存412.9亿元,可支付16.2个月: what was just named
            adjacent = prev is not None and not text[prev.tok.end : cstart].strip(" ,;")
            named_before = prev.ctx.subject if prev is not None and adjacent and prev.ctx.subject else None
            subject, source = named_before or _previous_clause(text, cstart, d.sentence[0]), "clause"
        elif len(earlier) > 1 and _TOTAL_ONLY.fullmatch(left_raw) and (whole := _list_whole(text, drafts, first, j)):
            subject, source = whole, "inherited"  # …、教育18010件,合计124641件: the list's total, not its last item
        elif (
            prev is not None
            and prev.tok.family == "count"
            and prev.ctx.subject_from == "right"
            and prev.tok.unit != tok.unit
            and _CLAUSE_MARKS.search(text, prev.tok.end, cstart)  # a clause of its own: not 6座水厂供水能力达到…
            and _LINK_ONLY.fullmatch(left_raw.strip())
            and (lead := attach.clean_left(_lead(text, prev)))
        ):
            subject, source = lead, "clause"  # 最高负荷两次创历史新高,达到1536万千瓦: the times count the records
        elif (
            prev is not None
            and prev.ctx.subject_from == "right"
            and prev.tok.unit != tok.unit
            and _LIST_JOIN.fullmatch(left_raw.strip())
            and (lead := attach.clean_left(_lead(text, prev)))
            and _NOUN_LEAD.fullmatch(lead)
        ):
            subject, source = lead, "clause"  # 馆藏档案158个全宗、86437卷: the volumes are of the archive, not fonds
        elif earlier and _LINK_ONLY.fullmatch(left_raw.strip()) and (named := _clause_before(text, cstart, floor)):
            subject, source = named, "clause"  # 2月份受理量最少,为14.2万件: the clause before names it
        elif earlier:
            # 较去年60件: a figure compared with an earlier one names the same thing in the same unit
            compared = _COMPARED.search(left_raw) and ctx.kind != "change"
            same = (  # not the base of a share stated between: 为年初预算18.38亿元的101.3%,比上年17.60亿元增长
                [p for p in earlier if p.tok.unit == tok.unit and p.ctx.subject and not _in_share_clause(text, p)]
                if compared
                else []
            )
            if not same and ctx.kind == "change":
                # 新增就业5.82万人,完成年度任务5.5万人的105.8%,同比增长3.4%: the change is of the main figure,
                # not of the target or the share stated in between
                same = [p for p in earlier if p.ctx.subject and not _in_share_clause(text, p)]
                # 较大事故4起、死亡15人,同比减少2起、9人: an amount changes the level counted in its unit
                levels = [p for p in same if p.tok.unit == tok.unit and p.ctx.kind != "change"]
                if levels and tok.family == "count" and "均" not in left_raw:
                    # 新纳入低保对象357人,退出294人,净增63人: a net change is of what came in, named first
                    inflow = _NET.search(left_raw) and _INFLOW.search(
                        text, attach.clause_start(text, levels[0].tok.start, levels[0].sentence[0]), levels[0].tok.start
                    )
                    same = levels[:1] if inflow else levels
            # 里程1246公里（含等外公路318公里）,比上年增加86公里: a figure in a note closed since names nothing after
            closed = text.find(")", d.sentence[0], start) >= 0 or text.find("）", d.sentence[0], start) >= 0
            if closed and same:
                same = [p for p in same if not _CLOSED_SINCE.match(text, p.tok.end, start)] or same
            if closed and not same and prev is not None and _CLOSED_SINCE.match(text, prev.tok.end, start):
                noted = [p for p in earlier if p.ctx.subject and not _CLOSED_SINCE.match(text, p.tok.end, start)]
                prev_out: _Draft | None = noted[-1] if noted else prev
            else:
                prev_out = prev
            source_draft: _Draft | None = same[-1] if same else prev_out
            if (
                source_draft is not None
                and ctx.kind != "change"
                and tok.unit == source_draft.tok.unit
                and tok.value is not None
                and source_draft.tok.value is not None
                and _PER_SPAN.search(_lead(text, source_draft))
                and not _PER_SPAN.search(left_raw)
                and not _near_in_size(tok.value, source_draft.tok.value)
            ):
                # 处理污水3.65亿吨,日均处理100.0万吨,上年同期为3.40亿吨: the total's earlier value, not the day's
                source_draft = next(
                    (
                        p
                        for p in reversed(earlier)
                        if p.tok.unit == tok.unit and p.ctx.subject and p.tok.value is not None
                        and _near_in_size(tok.value, p.tok.value)
                    ),
                    source_draft,
                )
            named_topic = ""
            if (
                ctx.kind == "rank"
                and source_draft is not None
                and _AMONG_GROUP.match(text, source_draft.tok.end, start)
            ):  # 指数3.86,在全省13个设区市中排名第4: the group ranked among names nothing; the figure before it does
                topic = _RANKED_TOPIC.search(
                    text, attach.clause_start(text, source_draft.tok.start, d.sentence[0]), source_draft.tok.start
                )
                ranked = [p for p in earlier if p is not source_draft and p.ctx.subject]
                if topic is not None:  # 开发区在全省134个开发区考核中位列第9位: the topic before 在 is ranked
                    named_topic = attach.clean_left(topic.group("topic"))
                    ranked = []
                source_draft = ranked[-1] if ranked else (None if topic is not None else source_draft)
            elif (
                ctx.kind == "rank"
                and source_draft is not None
                and _GROUP_TO_RANK.fullmatch(text, source_draft.tok.end, start)
                and (
                    ranker := _RANKER_BEFORE_GROUP.search(
                        text, attach.clause_start(text, source_draft.tok.start, d.sentence[0]), source_draft.tok.start
                    )
                )
            ):  # 增速居全市11个县（市、区）第4位: the group ranked among counts nothing ranked; what 居 follows is
                named_topic = attach.clean_left(ranker.group("topic"))
                source_draft = None
            if (
                source_draft is not None
                and tok.unit not in ("%", "‰", "百分点")
                and _RATE_NAMED.search(source_draft.ctx.subject or "")
            ):
                # 取消证明材料31项,减少率达到62%,由原来的50项减少至19项: counts are of the materials, not the rate
                counted = [p for p in earlier if p.tok.unit == tok.unit and not _RATE_NAMED.search(p.ctx.subject or "")]
                source_draft = counted[-1] if counted else source_draft
            subject, source = (source_draft.ctx.subject if source_draft else None), "inherited"
            if (
                source_draft is not None
                and tok.family == "count"
                and source_draft.tok.family in ("money", "percent", "change")
                and (done := _DONE_TAIL.search(left_raw))
            ):
                subject, source = done.group(), "left"  # 总投资4.35亿元,年内完成九件: nine things done, not money
            if ctx.kind == "rank" and source_draft is None and named_topic:
                subject = named_topic
            if subject and "均" not in left_raw:
                subject = _AVERAGE_TAIL.sub("", subject)  # 日均7855件,较上年的241.3万件: the total again
            generic = attach.generic_word(left_raw)
            if subject and generic and not subject.endswith(generic):
                # 增速高于…,总量占全省比重6.8%: the total of the thing, not of its growth
                subject = _GROWTH_TAIL.sub("", subject) + generic
        else:
            subject, source = _previous_clause(text, cstart, d.sentence[0]), "clause"
            if not subject and ctx.kind == "change" and j and _SAME_PARAGRAPH.fullmatch(
                text, drafts[j - 1].tok.end, d.sentence[0]
            ):
                # 规模以上工业增加值增长6.2%。其中9月当月增长7.8%: a bare change goes on about the last figure
                subject, source = drafts[j - 1].ctx.subject, "inherited"
        if subject in lx.PARALLEL_CATEGORIES and prev is not None and prev.ctx.subject and prev.tok.unit == tok.unit:
            subject = _restated(prev.ctx.subject, subject)  # 小学为6.1平方米、初中为7.9平方米: 初中's 面积
        if source == "inherited" and prev is not None and prev.ctx.subject_from == "base" and len(earlier) > 1:
            subject = earlier[-2].ctx.subject  # 筹集4.83万套,占规划目标6万套的80.5%: the share is of the part
        if subject and source == "right" and (total := _TOTAL_TAIL.search(subject)) and total.start() >= 2:
            subject = subject[: total.start()]  # 其余13个设区市合计10371名: the towns, not their total
        if subject and "\n" in subject:
            subject = _LINE_BREAK.sub("", subject)  # a subject across a hard-wrapped line: 审核\n率
        whose = prev
        if ctx.kind == "rank" and prev is not None and prev.tok.family == "count":
            whose = earlier[-2] if len(earlier) > 1 else None  # 增速居全市11个县第4位: not the group's 增速
        if subject in _BARE_RATES and whose is not None and whose.ctx.subject and whose.ctx.subject not in _BARE_RATES:
            subject = whose.ctx.subject + subject  # 工业增加值增长7.4%,增速比1-9月提高0.3个百分点: whose 增速
        if (
            source == "left"
            and subject in _SIBLING_FLOWS
            and tok.family == "money"
            and (flow := _FLOW_END.search(left_raw))
            and (owner := _flow_owner(text, [p for p in earlier if p.tok.unit == tok.unit], lay, d))
        ):
            subject = owner + flow.group("flow")  # 职工医保基金收入…,累计结存1503.62亿元: the fund's, not 结存 alone
        ctx.subject = subject or None
        ctx.subject_from = source
        if source == "right":
            d.right_subject = right
        _link_level(text, d, j, earlier, drafts, left_raw)
    for d, nxt in itertools.pairwise(drafts):
        # 推出5大类16项便利化措施: a count run straight into the next one counts what that one names after it
        if (
            d.tok.family == "count"
            and nxt.tok.family == "count"
            and nxt.ctx.subject_from == "right"
            and d.ctx.subject_from != "right"
            and d.tok.end == _start(nxt)
        ):
            d.ctx.subject, d.ctx.subject_from = nxt.ctx.subject, "right"
    for d in drafts:  # both ends of a range name one thing: 两三天内办结, 8.6亿元至9.1亿元
        if d.role == "range_low" and d.links:
            other = drafts[d.links[0][1]]
            if other.ctx.subject_from == "right" or not d.ctx.subject:
                d.ctx.subject = other.ctx.subject
            else:
                other.ctx.subject = d.ctx.subject


def _flow_owner(text: str, earlier: list[_Draft], lay: Layout, d: _Draft) -> str:
    """Who a bare flow (支出, 入库, 结存) is of: the owner of a sibling flow named before it in the sentence, else
    the topic of the heading the sentence opens under; '' when neither names one."""
    for p in reversed(earlier):
        named = p.ctx.subject or ""
        flow = next((f for f in _SIBLING_FLOWS_LONGEST if named.endswith(f)), "")
        if flow and _FLOW_OWNER.fullmatch(named, 0, len(named) - len(flow)):
            return named[: -len(flow)]  # 职工医保基金收入 → 职工医保基金
    if earlier:
        return ""
    heading = lay.heading_before(d.sentence[0])
    if heading is None or (at := text.find(heading.title, heading.start, d.sentence[0])) < 0:
        return ""
    if text[at + len(heading.title) : d.sentence[0]].strip(" \n。:"):
        return ""  # only right under its heading: 三、公务接待费⏎全年支出45.52万元
    topic = _HEADING_TREND.sub("", _HEADING_MARK.sub("", heading.title)).strip(" 。:")
    return topic if _FLOW_OWNER.fullmatch(topic) else ""


_SIBLING_FLOWS = frozenset(lx.SIBLING_FLOWS)
_SIBLING_FLOWS_LONGEST = sorted(lx.SIBLING_FLOWS, key=len, reverse=True)
_HEADING_MARK = recache.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])[ ]?"
)
_HEADING_TREND = recache.compile(rf"(?:{alternation(lx.HEADING_TRENDS)})$")
# a fund, tax, fee or account that owns flows: 职工医保基金, 国内增值税, 公务接待费 (not 财政拨款, 收支相抵)
_FLOW_OWNER = recache.compile(rf"[\u4e00-\u9fff()（）]{{1,12}}(?:{alternation(lx.FLOW_OWNER_ENDS)})")
# the flow a bare left context ends on, with its 累计 or 当期 (累计结存 stays 累计结存), nothing after it
_FLOW_END = recache.compile(rf"(?P<flow>{alternation(lx.SIBLING_FLOWS)})(?:仅|约|近|共|为|达到?|是)*[ :]?$")


# what came in, named before a net change of it
_INFLOW = recache.compile(r"新纳入|新增|新设|新登记|新认定|新发展|新招录|转入|新办|新吸纳")
_NET = recache.compile(r"净增|净减|净增加|净减少")
_RATE_NAMED = recache.compile(r"(?:率|比例|比重|占比|幅度|增速|增幅|降幅)$")
_BARE_RATES = frozenset({"增速", "增幅", "降幅", "涨幅", "跌幅", "增长率", "比重", "占比"})
_LIST_GAP = recache.compile(r"[ ]?(?:、|和|及|与)[^,;。!?\d]{0,12}")  # between two items: 、撤销, 和
_TOTAL_TAIL = recache.compile(r"(?:合计|共计|总计)$")
_TOTAL_ONLY = recache.compile(r"[ ]?[,;]?[ ]?(?:合计|共计|总计|总共)[ ]?")
_SPAN_TAIL = recache.compile(r"^(?:以来|期间|间|来|内|里|中)")
_LINK_ONLY = recache.compile(r"(?:为|是|达|达到|约为|分别为|共计?)")
_PER_SPAN = recache.compile(r"(?:日|月|周|户|人)均|平均")
_LIST_JOIN = recache.compile(r"[、和及与]|以及")
_NOUN_LEAD = recache.compile(r"[^\d对向把将]{2,}(?<![对向把将给])")  # no count in it, no preposition closing it
_SAME_PARAGRAPH = recache.compile(r"[^\n\d]{0,40}")  # from the figure before to this sentence: no break, no figure
_LINE_BREAK = recache.compile(r"[ ]*\n[ ]*")
_OF_AFTER = recache.compile(r"(?:[(（][^()（）]{1,3}[)）])?[)）]?的")  # 6万套(间)的: a base, then what is taken of it
def _restated(named: str, category: str) -> str:
    """The name of the figure before, with its category swapped for `category`: 小学专任教师学历合格率 → 初中专任教师
    学历合格率; the category alone when the name holds none."""
    for other in lx.PARALLEL_CATEGORIES:
        if other != category and len(named) - len(other) >= 3:  # not 普通小学: 初中, not 普通初中
            if named.startswith(other):
                return category + named[len(other) :]
            if named.endswith(other):
                return named[: -len(other)] + category
    return category


def _near_in_size(a: Decimal, b: Decimal) -> bool:
    """Two values within a factor of three of each other, as a level and its earlier value are."""
    return a > 0 and b > 0 and max(a, b) <= 3 * min(a, b)


def _lead(text: str, d: _Draft) -> str:
    """The words of a figure's clause before it."""
    return text[attach.clause_start(text, d.tok.start, d.sentence[0]) : d.tok.start]


def _start(d: _Draft) -> int:
    """Where a figure begins with its qualifier: 约 of 约3000人."""
    return d.ctx.approx_start if d.ctx.approx_start is not None else d.tok.start


def _list_whole(text: str, drafts: list[_Draft], first: int, j: int) -> str | None:
    """What the list of figures before a 合计 at `j` counts: the whole before its 其中, or the names before 分别."""
    k = j - 1  # back to the first item of the list (A、B和C)
    while k > first and _LIST_GAP.fullmatch(text, drafts[k - 1].tok.end, _start(drafts[k])):
        k -= 1
    if k == j - 1:
        return None  # one figure is no list
    item = drafts[k]
    start = _start(item)
    if k > first and "其中" in text[drafts[k - 1].tok.end : start]:
        return drafts[k - 1].ctx.subject  # 受理326件,其中维持211件、撤销34件,合计326件
    lead = text[attach.clause_start(text, start, item.sentence[0]) : start]
    listed = attach.LIST_OPENER.search(lead)
    if listed:
        return attach.clean_left(lead[: listed.start()]) or None  # 三类项目分别为A、B,合计C
    # 集中供养特困人员2143人、分散供养特困人员5621人,合计7764人: what the items' names end in
    names = [drafts[i].ctx.subject or "" for i in range(k, j)]
    n = 0
    while all(len(name) > n + 1 and name[-1 - n] == names[0][-1 - n] for name in names):
        n += 1
    return names[0][len(names[0]) - n :] if n >= 2 else None


def _in_share_clause(text: str, d: _Draft) -> bool:
    """Whether `d` stands in a clause that relates a figure to another (完成任务5.5万人的105.8%, 为预算的101.2%)."""
    opener = _SHARE_START.match(text, attach.clause_start(text, d.tok.start, d.sentence[0]))
    return opener is not None and (d.ctx.kind == "percent" or text.startswith("的", d.tok.end))


def _respectively(text: str, drafts: list[_Draft], original: str) -> None:
    """分别: the n figures after it go, in order, to the n items named before it (城镇、农村居民收入分别达到
    A和B), or to the n figures stated just before it in the sentence (受理A件,审结B件,同比分别上升x%和y%)."""
    j = 0
    listed: dict[tuple[int, int], list[str]] = {}  # the names a 分别 list of each sentence gave its figures
    while j < len(drafts):
        d = drafts[j]
        cstart = attach.clause_start(text, d.ctx.approx_start or d.tok.start, d.sentence[0])
        at = text.rfind("分别", cstart, d.tok.start)
        if at < 0:
            j += 1
            continue
        run = [j]  # the figures of the clause after 分别, joined by 和 、 及 与
        while (
            run[-1] + 1 < len(drafts)
            and _ITEM_JOIN.fullmatch(text, drafts[run[-1]].tok.end, drafts[run[-1] + 1].ctx.approx_start
                                     or drafts[run[-1] + 1].tok.start)
        ):
            run.append(run[-1] + 1)
        j = run[-1] + 1
        if len(run) < 2:
            continue
        first, last = drafts[run[0]], drafts[run[-1]]
        if last.ctx.approx and attach.approx_after(text, last.tok) == last.ctx.approx:
            for k in run[:-1]:  # 分别达到95%、88%以上: the qualifier after the list holds for all of it
                drafts[k].ctx.approx = drafts[k].ctx.approx or last.ctx.approx
        if first.ctx.approx_start is not None and first.ctx.approx:
            for k in run[1:]:  # 分别约为x、y及z: so does the qualifier before it
                drafts[k].ctx.approx = drafts[k].ctx.approx or first.ctx.approx
        lo = max([d.sentence[0], *(m.end() for m in _LIST_BOUND.finditer(text, d.sentence[0], at))])
        # 城镇职工、城乡居民、财政补助三项分别为A、B和C: the count of the items named, right before 分别
        tally = next(
            (
                x
                for x in range(run[0] - 1, -1, -1)
                if drafts[x].sentence == d.sentence
                and not text[drafts[x].tok.end : at].strip()
                and drafts[x].tok.unit in _TALLY_UNITS
                and drafts[x].tok.value == len(run)
            ),
            None,
        )
        end = drafts[tally].tok.start if tally is not None else at
        if any(drafts[k].tok.end > lo for k in range(run[0]) if drafts[k].sentence == d.sentence and k != tally):
            lo = at  # a figure stands between: the list is not a list of names
        items = _enumerated(text[lo:end]) if lo < end else []
        if len(items) != len(run) and "、" in text[lo:at]:
            items = _enumerated(text[lo:at], only_commas=True)  # 生活用品及服务: 及 inside an item
        if not items and not text[lo:at].strip(" ,") and lo > d.sentence[0]:
            # 3个区依次为:滨江区、高新区、临湖区,分别增加A、B、C: the items fill the clause before 分别
            before = max([d.sentence[0], *(m.end() for m in _LIST_BOUND.finditer(text, d.sentence[0], lo - 1))])
            named = _enumerated(text[before : lo - 1], only_commas=True)
            if len(named) == len(run) and not any(
                before <= drafts[k].tok.end and drafts[k].tok.start < lo for k in range(run[0])
            ):
                lo, at, items = before, lo - 1, named
        if len(items) == len(run):
            for k, name in zip(run, items, strict=True):
                drafts[k].ctx.subject = _orig(original, text, lo, at, name) if name in text[lo:at] else name
            listed[d.sentence] = items
            continue
        if _REFERS_BACK.search(text[lo:at]) and not items:
            # 全年出让186宗、面积812.46公顷、价款213.58亿元。2022年上述三项分别为174宗、848.05公顷和241.87亿元: the
            # figures the sentence before stated, in order, in the same units
            said = [k for k in range(run[0] - 1, -1, -1) if k != tally and drafts[k].ctx.kind != "change"]
            said = said[: len(run)][::-1]
            pairs = list(zip(said, run, strict=False))
            if len(said) == len(run) and all(drafts[a].tok.unit == drafts[b].tok.unit for a, b in pairs) and all(
                drafts[a].ctx.subject for a in said
            ):
                for a, b in pairs:
                    drafts[b].ctx.subject = drafts[a].ctx.subject
                continue
        own = attach.clean_left(text[lo:at])
        kinds = _kinds_of(listed.get(d.sentence, []))
        if own and len(kinds) == len(run) and not items and d.ctx.kind in _OWN_MEASURED:
            # 转让、许可、作价投资方式的合同数分别为A、B和C,合同金额分别为x、y和z: the same kinds, another measure
            for k, kind in zip(run, kinds, strict=True):
                drafts[k].ctx.subject = kind + own
            continue
        levels = [x for k in run for t, x in drafts[k].links if t == "change_of" and drafts[x].role == "after"]
        if len(levels) == len(run):  # 较上年的9起、10人分别下降22.2%和20%: each change names its paired level
            for k, level in zip(run, levels, strict=True):
                drafts[k].ctx.subject = drafts[level].ctx.subject
            continue
        earlier = [k for k in range(run[0] - 1, -1, -1) if drafts[k].sentence == d.sentence
                   and drafts[k].ctx.kind != "change" and drafts[k].role is None][: len(run)]
        if d.ctx.kind == "percent" and _SHARE_WORD.fullmatch(text[lo:at]) and len(earlier) == len(run) and all(
            drafts[k].tok.unit == drafts[earlier[-1]].tok.unit and drafts[k].ctx.kind != "percent" for k in earlier
        ):
            # 户外广告11件、印刷品广告8件…,占比分别为37.9%、27.6%…: the shares of the items just counted, in order
            for k, item in zip(run, reversed(earlier), strict=True):
                drafts[k].ctx.subject = drafts[item].ctx.subject
            continue
        if attach.clean_left(text[lo:at]):
            continue  # 消费支出分别为A和B, 平均降价幅度分别达A和B: the clause names its own thing
        recent = [k for k in range(run[0] - 1, -1, -1) if drafts[k].sentence == d.sentence][: len(run)]
        if d.ctx.kind == "change" and not items and len(recent) == len(run) and all(
            drafts[k].ctx.kind == "change" and drafts[k].ctx.subject for k in recent
        ):
            # 事故起数减少5起、死亡人数减少4人,同比分别下降23.8%和23.5%: the rates of the changes just stated
            for k, prior in zip(run, reversed(recent), strict=True):
                drafts[k].ctx.subject = drafts[prior].ctx.subject
            continue
        if d.ctx.kind != "change" and not items and len(recent) == len(run) and all(
            drafts[k].ctx.subject and drafts[k].tok.unit == drafts[r].tok.unit
            for k, r in zip(reversed(recent), run, strict=True)
        ):
            # 新增A企业41家、B企业6家,累计分别达到158家和23家: the totals of the things just counted
            for k, prior in zip(run, reversed(recent), strict=True):
                drafts[k].ctx.subject = drafts[prior].ctx.subject
            continue
        # 营业收入A亿元、利润总额B亿元,分别是2019年的1.42倍和1.67倍 (or 分别占全省的x%和y%): each of the figures
        # just stated, measured against a base (but 分别完成年度任务的104%和102% are shares of the task, named so)
        base = text[at : d.tok.start]
        of_base = d.ctx.kind in ("ratio", "percent") and "完成" not in base
        of_base = of_base and ("的" in base or _SHARE_AFTER.fullmatch(base) is not None)
        if (d.ctx.kind == "change" or of_base) and len(earlier) == len(run) and not items:
            for k, level in zip(run, reversed(earlier), strict=True):
                drafts[k].ctx.subject = drafts[level].ctx.subject
                if d.ctx.kind == "change":
                    drafts[k].links = [(t, x) for t, x in drafts[k].links if t != "change_of"] + [("change_of", level)]


_REFERS_BACK = recache.compile(r"(?:上述|以上|前述)(?:[一二三四五六七八九两\d]{1,2}(?:项|个|类))?(?:指标|数据)?$")


def _kinds_of(names: list[str]) -> list[str]:
    """转让合同数, 许可合同数, 作价投资方式合同数 → 转让, 许可, 作价投资方式: the names less the end they share
    (and a 方式 or 类 that only says what kind), [] when they share none."""
    if len(names) < 2:
        return []
    k = 0
    while k < min(map(len, names)) and len({n[len(n) - k - 1] for n in names}) == 1:
        k += 1
    return [_KIND_WORD.sub("", n[: len(n) - k]) for n in names] if k >= 2 else []


_KIND_WORD = recache.compile(r"(?:方式|类型|类)$")
_OWN_MEASURED = frozenset({"count", "money", "measure", "duration"})  # not shares or changes, read otherwise
_LIST_BOUND = recache.compile(r"[,;:。!?]")
_TALLY_UNITS = frozenset({*lx.KIND_UNITS, "个", "部分"})  # 三项分别为…: the count of the items named
# 占比分别为, 占常住人口的比重分别为: the share word alone, or with the whole it is of
_SHARE_WORD = recache.compile(r"\s*(?:各自)?(?:所占|占(?:[\u4e00-\u9fff]{1,12}?的?)?)?(?:比重|占比|比例)\s*")
_SHARE_AFTER = recache.compile(r"分别占(?:比)?(?:为|达)?\s*")  # 男性A,女性B,分别占x%和y%
_ITEM_JOIN = recache.compile(r"[ ]?(?:、|和|及|与|,)[ ]?(?:增长|下降|增加|减少|上升|提高|降低|第)?")  # 第3位、第5位
_ENUM_SPLIT = recache.compile(r"、|和|及(?!以[上下])|与")  # (65岁及以上人口: one item, its bound inside)


def _enumerated(phrase: str, only_commas: bool = False) -> list[str]:
    """The items of 小学、初中、高中在校生 as whole names: 小学在校生, 初中在校生, 高中在校生 ([] if no list);
    with `only_commas`, items are parted by 、 alone (生活用品及服务 is one item)."""
    comma = phrase.find("、")
    if comma > 0 and (of := phrase.rfind("的", 0, comma)) >= 0:
        phrase = phrase[of + 1 :]  # 受理投诉较多的西工区、涧西区、洛龙区: the items after what picks them out
    cleaned = attach.clean_left(phrase)
    parts = [p for p in (cleaned.split("、") if only_commas else _ENUM_SPLIT.split(cleaned)) if p]
    ordinals = _ORDINAL_ITEMS.fullmatch(cleaned)
    if ordinals:  # 第一、二、三产业增加值: each numeral with the 第 before and the name after
        head = ordinals.group("head")
        return [f"第{n}{head}" for n in _ENUM_SPLIT.split(ordinals.group("nums")) if n]
    if len(parts) < 2 or any(len(p) > 16 for p in parts) or any(len(p) < 2 for p in parts[:-1]):
        return []  # items too short to name a thing alone
    last = parts[-1]
    names = []
    shared = last.rfind("的")
    even = len({len(p) for p in parts[:-1]}) == 1  # 化学需氧量、氨氮、氮氧化物…: names of their own, uneven
    alike = any(p[-1] == last[-1] for p in parts[:-1])  # 来信、来访和网上信访: one item ends as the last does
    for p in parts[:-1]:
        head = ""
        if 0 < shared < len(last) - 1:  # 城乡建设、劳动社保、政法的信访事项: what follows 的 is shared
            names.append(p + last[shared + 1 :])
            continue
        if (p[-1] == last[-1] or alike) and len(p) >= 2:  # 增值税、企业所得税、个人所得税: whole names
            names.append(p)
            continue
        for k in range(len(p), 0, -1):  # 装备制造业、高技术制造业增加值: the shared end 制造业 marks the head
            i = last.find(p[-k:])
            if k >= 2 and i >= 0:
                head = last[i + k :]
                break
        else:
            i = last.find(p[-1], 0, 4)
            if 0 < i < len(last) - 2:  # 国家级、省级、市级非遗项目: the items end alike (级), the head follows
                head = last[i + 1 :]
            elif even:  # 城镇、农村居民收入: short items of one length share the rest of the last name
                head = last[len(p) :] if len(p) < len(last) - 1 and len(p) <= 4 else ""  # not 公厕、停车场
                if head.startswith(("及", "和", "与")):
                    head = ""  # 食品、衣着、交通及通信价格: the last item is 交通及通信, not 交通
        # 0—14岁、15—64岁和65岁及以上人口: the last item's bound is its own, not the head the others share
        names.append(p + _BOUND_HEAD.sub("", head))
    if 0 < shared < len(last) - 1:
        last = last[:shared] + last[shared + 1 :]
    return [*names, last]


_BOUND_HEAD = recache.compile(r"^(?:及以上|及以下|以上|以下)")
_ORDINAL_ITEMS = recache.compile(  # 第一、二、三产业增加值
    r"第(?P<nums>[一二三四五六七八九十](?:[、和及与][一二三四五六七八九十])+)(?P<head>[^、和及与]{2,12})"
)
_WITHIN = recache.compile(r"[ ]?(?:内|以内|之内)")
_SHARE_OF = recache.compile(r"成$|^百分之|^千分之")
_COMPARED = recache.compile(r"(?<![同环])[较比](?!重|例|率)")
# 给予30日的整改期限: a period named after the duration, whose length it is
_SPAN_NAMED = recache.compile(r"的(?P<span>[\u4e00-\u9fff]{0,6}?(?:期|期限|时限|周期))(?![\u4e00-\u9fff])")
# 与2020年末的312.6亿元相比,资产总额增长…: the earlier figure is of the thing the clause after 相比 names
_COMPARED_WITH = recache.compile(r"^[ ]?(?:与|同|和|跟)[^,;。!?\d]{0,24}(?:\d{4}年[^,;。!?\d]{0,12})?的[ ]?$")
_COMPARED_END = recache.compile(r"[ ]?(?:相比|相较|比较)(?:而言|来看)?[ ]?,[ ]?")
_CHANGE_VERBS_2 = alternation(w for w in (*lx.INCREASE_VERBS, *lx.DECREASE_VERBS) if len(w) >= 2)
_NAMED_THEN = recache.compile(
    rf"""
    (?P<named>[^\d,;:。!?\n]{{2,20}}?)     # the noun phrase that opens the clause after 相比
    (?=\d|[,;:。!?\n]|翻|{_CHANGE_VERBS_2}|[增降涨跌]幅)   # up to its verb, figure or the clause's end
    """,
    regex.VERBOSE,
)
_SPAN_WORDS = recache.compile(r"(?:间|以来|期间|年|来)$")
_SPAN_AFTER = recache.compile(r"(?:[一二两三四五六七八九十几多]+|\d+)年(?:间|来|以来|中)?已?$")  # 网络零售额四年间


def _link_level(text: str, d: _Draft, j: int, earlier: list[_Draft], drafts: list[_Draft], left_raw: str) -> None:
    """A change names the level it changes (刑事案件262件,同比下降2.60% → change_of 262件); a 其中 part
    names its whole (建议114条,其中重点建议10条 → part_of 114条)."""
    if not earlier:
        return
    k = j - len(earlier)  # index of earlier[0] in drafts
    if d.ctx.kind == "change" and d.ctx.subject:
        if any(t == "change_of" for t, _ in d.links):
            return  # already paired (分别由A1、A2提高到B1、B2,分别增长r1和r2)
        for i in range(len(earlier) - 1, -1, -1):
            level = earlier[i]
            if (
                level.ctx.kind != "change"
                and level.ctx.subject == d.ctx.subject
                and level.role != "before"
                and not (d.tok.unit == "%" and level.tok.unit in ("%", "‰"))  # 增长4.3% is no change of a share
            ):
                d.links.append(("change_of", k + i))
                return
    elif (
        (sib := earlier[-1]).tok.unit == d.tok.unit
        and sib.ctx.kind == d.ctx.kind
        and ";" not in text[sib.tok.end : d.tok.start]  # a 其中 list ends at a semicolon
        and (whole_link := next((k2 for t, k2 in sib.links if t == "part_of"), None)) is not None
    ):
        d.links.append(("part_of", whole_link))  # the next item of the same 其中 list
    elif _PART_CUE.match(left_raw) or _AMONG.match(text, earlier[-1].tok.end, d.tok.start):
        for i in range(len(earlier) - 1, -1, -1):
            whole = earlier[i]
            if (
                whole.tok.unit == d.tok.unit
                and whole.ctx.kind == d.ctx.kind
                and all(t != "part_of" for t, _ in whole.links)  # parts of one whole are siblings
            ):
                d.links.append(("part_of", k + i))
                return


_PART_CUE = recache.compile(r"\s*(?:其中|包括|含)")
# 审执结的17652件案件中,刑事1135件: the parts of what stands before 中
_AMONG = recache.compile(r"[^,;。!?\d]{0,10}中[ ]?[,:]")


# What a streak of years (连续5年…) keeps up: 未发生重大安全事故, 实现耕地总量净增加, 获评全国文明城市
_STREAK = recache.compile(
    r"(?:均|都)?(?:实现|保持)?(?:(?<=实现)|(?<=保持)(?=[“零])|(?=未发生|未出现|没有发生|无|零|获评|荣获|被评为|入选|蝉联))"
    r"(?P<what>[^,;。、\s\d]{2,16})"
)


def _orig(original: str, norm: str, lo: int, hi: int, phrase: str) -> str:
    """`phrase`, found in norm[lo:hi], as the original text spells it (full-width forms kept).

    A phrase that is not found whole (a table's row header + column header) is spelt back character by
    character as the characters around it are spelt: 物业管理服务变动 → 物業管理服務變動.
    """
    i = norm.rfind(phrase, lo, hi)
    if i >= 0:
        return original[i : i + len(phrase)]
    if norm == original:
        return phrase
    window = slice(max(0, lo - 200), min(len(norm), hi + 200))
    back = {n: o for n, o in zip(norm[window], original[window], strict=True) if n != o}
    return "".join(back.get(ch, ch) for ch in phrase) if back else phrase


def _after_qualifier(text: str, tok: Token) -> int:
    m = _AFTER_WORD.match(text, tok.end)
    return m.end() if m else tok.end


def _headline_before(text: str, drafts: list[_Draft], first: int, j: int, unit: str) -> _Draft | None:
    """The first figure in `unit` of the sentence before, in the same paragraph: the headline a compared figure
    goes back to (共普查登记古树名木9190株,其中…。与…的8352株相比)."""
    if not first or "\n" in text[drafts[first - 1].tok.end : drafts[j].tok.start]:
        return None
    sentence = drafts[first - 1].sentence
    k = first - 1
    while k and drafts[k - 1].sentence == sentence:
        k -= 1  # back to the sentence's first figure, not over every figure of the text before
    return next((p for p in drafts[k:first] if p.tok.unit == unit and p.ctx.subject), None)


def _compared_named(text: str, pos: int) -> str:
    """The noun phrase opening the clause at `pos` (after 与…相比,), or '' when it opens with a verb or a span."""
    m = _NAMED_THEN.match(text, pos)
    if m is None:
        return ""
    named = attach.clean_left(_SPAN_AFTER.sub("", m.group("named")))
    return "" if len(named) < 2 or _SPAN_WORDS.search(named) or attach.ends_with_verb(named) else named


def _clause_before(text: str, cstart: int, floor: int) -> str:
    """The noun phrase of the clause right before `cstart` when no figure stands in it, else ''."""
    if cstart - 1 <= floor:
        return ""
    start = attach.clause_start(text, cstart - 1, floor)
    phrase = text[start : cstart - 1]
    named = attach.clean_left(phrase) if start > floor else ""
    return "" if any(ch.isdigit() for ch in named) else named


def _previous_clause(text: str, cstart: int, sentence_start: int) -> str:
    """The noun phrase of the nearest earlier clause of the sentence that has one (up to three back)."""
    for _ in range(3):
        if cstart <= sentence_start + 1:
            return ""
        prev_start = attach.clause_start(text, cstart - 1, sentence_start)
        phrase = attach.clean_left(text[prev_start : cstart - 1])
        if phrase:
            return phrase
        cstart = prev_start
    return ""


def _records(
    text: str, lay: Layout, drafts: list[_Draft], base: int = 0, first_id: int = 1, view: Unwrapped | None = None
) -> list[Claim]:
    """Build the claim records, one `Span` per sentence shared by its claims; offsets of `view` (when the
    drafts were read on an unwrapped text) are turned back into offsets of `text`.

    The fields come from the pipeline's own typed values, so the records are made without validation
    (`records.trusted`); the tests check that validating them again changes nothing.
    """
    where: Callable[[int], int]
    where_end: Callable[[int], int]
    if view is not None:
        where, where_end = view.where, view.where_end
    else:
        where = where_end = _same
    ids: list[list[str]] = []
    n = first_id - 1
    for d in drafts:  # ratio tokens (9.6:41.2:49.2) become one claim per term
        count = len(d.tok.ratio_terms) if d.tok.family == "ratio" else 1
        ids.append([f"c{n + k + 1}" for k in range(count)])
        n += count
    sentences: dict[tuple[int, int], Span] = {}
    claims: list[Claim] = []
    for d, own in zip(drafts, ids, strict=True):
        tok, ctx = d.tok, d.ctx
        sentence = sentences.get(d.sentence)
        if sentence is None:
            s0, s1 = where(d.sentence[0]), where_end(d.sentence[1])
            sentence = trusted(Span, {"start": s0 + base, "end": s1 + base, "text": text[s0:s1]})
            sentences[d.sentence] = sentence
        section = list(lay.section_of(tok.start))
        links = [trusted(Link, {"type": t, "target": ids[k][0]}) for t, k in d.links]
        direction = ctx.direction if ctx.kind == "change" else None
        # Every field, in declaration order, of the type declared (tests compare with validated records).
        if tok.family == "ratio":
            for cid, (a, b, part) in zip(own, tok.ratio_terms, strict=True):
                a, b = where(a), where_end(b)
                claims.append(trusted(Claim, {
                    "id": cid, "start": a + base, "end": b + base, "text": text[a:b], "kind": "ratio",
                    "value": Decimal(part), "unit": "", "subject": ctx.subject, "approx": ctx.approx,
                    "direction": direction, "role": d.role, "number": part, "multiplier": Decimal(1),
                    "unit_text": "", "baseline": ctx.baseline, "sentence": sentence, "section": list(section),
                    "links": list(links),
                }))  # fmt: skip
            continue
        assert tok.value is not None
        a, b = where(tok.start), where_end(tok.end)
        unit, kind = tok.unit, ctx.kind
        if kind == "duration" and ctx.subject and _DAYS_COUNTED.search(ctx.subject):
            kind = "count"  # 优良天数为312天: days counted, not a length of time (放假天数, 平均审理天数 are lengths)
        if kind == "other" and not unit and ctx.subject and (named := _COUNT_NAME.search(ctx.subject)):
            unit, kind = named.group("unit"), "count"  # 总诊疗人次5.28亿: the subject names the measure word
        if kind == "money" and "/" in unit:
            unit = unit.partition("/")[0]  # 31.60元/公斤, 3126元/人: a price or an amount per head is in 元
        if unit and unit not in (span := text[a:b]) and (i := normalize(span).rfind(unit)) >= 0:
            # 136個城市, 0.1個百分點, 1.35萬噸: the unit as the text spells it (but ％ is %)
            unit = "".join(o if not _FULL_WIDTH <= o <= _FULL_WIDTH_END else n for n, o in zip(
                unit, span[i : i + len(unit)], strict=True))
        subject = ctx.subject
        if tok.total and subject and tok.total not in subject:
            subject += tok.total  # a total row's cell: 受理量合计, as the row says (checks read it by its column)
        claims.append(trusted(Claim, {
            "id": own[0], "start": a + base, "end": b + base, "text": text[a:b],
            "kind": kind, "value": _plain(tok.value, tok.multiplier != 1 or tok.unit_text.endswith("成")),
            "unit": unit, "subject": subject, "approx": ctx.approx, "direction": direction,
            "role": d.role, "number": tok.number, "multiplier": tok.multiplier, "unit_text": tok.unit_text,
            "baseline": ctx.baseline, "sentence": sentence, "section": section, "links": links,
        }))  # fmt: skip
    return claims


_DAYS_COUNTED = recache.compile(r"(?:优|良|污染|超标|达标|降[雨水]|雨|雪|雾|霾|高温|影响)[\u4e00-\u9fff]{0,2}[天日]数$")
_COUNT_NAME = regex.compile(r"(?P<unit>人次|户次|件次)$|(?P<unit>人|户|件|家)数$")


def _same(pos: int) -> int:
    return pos


def _plain(v: Decimal, scaled: bool) -> Decimal:
    """A scaled value without trailing zeros or exponent (1000.2万 → 10002000); a plain one as written."""
    if not scaled:
        return v
    if v == v.to_integral_value():
        return Decimal(int(v))  # int() is exact at any length; quantize() is bound to the context's 28 digits
    return v.normalize(_WIDE)
