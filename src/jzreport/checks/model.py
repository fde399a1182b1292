"""The claims of a document seen in their sentences: what stands between them, what they count.

Every claim carries its sentence, so the text between two claims of a sentence is sliced from there. A
`Fig` is a claim with that context read once. When the text itself is given, the layout around the
sentences is read from it too: paragraphs, headings (marked 一、 or bare title lines) and the sentences
that state no figure; without it, sentences that touch are one paragraph and sections are the blocks.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..lexicon import OBJECT_VERBS, OWNED_FLOWS
from ..normalize import normalize
from ..patterns import alternation
from ..records import Claim, ClaimRef
from . import lexicon as lx

_LAST_MARK = regex.compile(r"[,，;；:：。!?！？]", regex.REVERSE)  # the last clause mark: searched from the end
# A lead that ends in a baseline phrase: the figure after it is the earlier value (较2022年 558件).
# 2023年 / 2023年末 / 2023年12月31日 / 2023年6月末: the date of the earlier value
_YEAR4 = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"  # 2022 or 二零二二 (a year in Chinese numerals)
_PERIOD = (
    rf"(?:{_YEAR4}\s*年(?:\d{{1,2}}\s*月(?:\d{{1,2}}\s*日|末|底)?|同期|末|底|度)?|{_YEAR4}\s*届"
    rf"|{alternation(lx.BASELINE_PERIODS)}"
    # 增速比一季度的6.8%加快0.6个百分点, 较1—4月的6.9%, 较7月当月的6.8%
    r"|(?:第?[一二三四]|前三)季度(?:末|底)?|上半年(?:末)?|1\s*[-—–~至]\s*\d{1,2}月|\d{1,2}月(?:当月|份)?"
    r"|[“\"]?(?:[六七八九]|十[一二三四五]?)五[”\"]?(?:时期|期间|期末)?|上一?个五年"  # 是“七五”时期A的2.6倍
    # 较截至2023年12月31日止年度: a year of accounts named by its last day
    rf"|截至{_YEAR4}\s*年\d{{1,2}}\s*月\d{{1,2}}\s*日止(?:年度|[六九]个月|十二个月)?"
    # 比第一期的96批次增加24批次, 较上次检查的27份: an earlier round of a series of rounds
    r"|第[一二三四五六七八九十\d]{1,3}(?:期|批|轮)|首期|首批|首轮|上一?(?:期|批|轮|次))"
)
# 较年初预算12.20亿元增收0.26亿元, 比上年决算数155.80万元减少: the plan or account the figure is set against
# 比2024年执行数43.62亿元增长5.0%: what was spent or collected in the year before, set against a budget
_PLAN = r"(?:的)?(?:调整)?(?:预算数?|决算数?|计划|执行数?|完成数|实际数|快报数|预计(?:执行|完成)?数)"
BASELINE = regex.compile(
    rf"""
    (?:
        (?:{alternation(lx.BASELINE_LEADS_ALONE)})\s*(?:于)?\s*{_PERIOD}?{_PLAN}?   # 较 2022年 / 较 / 较年初预算
      | (?:{alternation(lx.BASELINE_LEADS)})\s*(?:于)?\s*{_PERIOD}{_PLAN}?         # 比上年 / 与上年 (比 alone is 占比)
      | (?<!占)比\s*(?:年初)?{_PLAN}                                          # 比预算数3.00万元减少0.84万元
      # 较去年夏季峰值: the earlier level, named
      | (?:较|比)\s*{_PERIOD}(?:的)?\p{{Han}}{{1,6}}?(?:峰值|水平|规模|总量|余额)
      | (?:较|比)\s*{_PERIOD}(?:的)?(?:最高|最低)\p{{Han}}{{1,6}}?                # 较去年最高负荷1174万千瓦
      # 比改革前账面数31.6亿元, 较修法前同期的452件: the time before an event, named by it
      | (?:较|比)\s*\p{{Han}}{{1,6}}?(?<!提)前(?:同期)?(?:的)?\p{{Han}}{{0,6}}?
      # 较上届同次会议的626件: the earlier occasion, named
      | (?:较|比)\s*{_PERIOD}\p{{Han}}{{2,6}}的
      # 上年同期的, 去年同期則約為, 上年分别为
      | (?:{alternation(lx.BASELINE_PERIODS)})\s*(?:则|則)?\s*(?:分别)?\s*(?:约|約)?\s*(?:的|为|是|為)
      | 而\s*{_PERIOD}\s*则?\s*(?:为|是)                                  # 而2023年则为: set against the year
      | {_PERIOD}\s*则\s*(?:为|是)
      | ^\s*(?:{alternation(lx.BASELINE_PERIODS)})\s*(?:的|为|是)?    # ,上年同期1,102.6万元: the whole clause
    )
    \s*(?:的)?\s*(?:约|約)?\s*(?:人民币|人民幣|美元|港元|港币|港幣)?\s*[(（]?\s*$   # 比1—9月(5.0%): in brackets
    """,
    regex.VERBOSE,
)
INCREASE = regex.compile(alternation(lx.INCREASE_VERBS))
# 1.52万笔、71.36亿元; 65.4%、16.7%和3.9%: what joins the figures of one run, said in one breath
RUN_JOIN = regex.compile(r"^\s*(?:[、和及与]|以及)\s*$")
# 汽车保有量, 床位拥有量: a measure of the things themselves, counted; the name less it names them
STOCK_MEASURE_END = regex.compile(r"(?:保有量|拥有量|数量)$")
SHARE_WORD = regex.compile(alternation(lx.SHARE_CUES))
RATE_NAME_END = regex.compile(rf"率(?:{alternation(lx.RATE_VERBS)})*\s*$")
# 同比增长 / 下降了 / 增幅达: a change verb (or 增幅, 降幅) right before the figure; 提高到 is not one
_CHANGE_VERBS = alternation(lx.INCREASE_VERBS + lx.DECREASE_VERBS)
CHANGE_VERB_END = regex.compile(rf"(?:{_CHANGE_VERBS})(?:了|幅|速|率)?(?:{alternation(lx.RATE_VERBS)})?\s*$")
AVERAGE = regex.compile(alternation(lx.AVERAGE_WORDS))
YEAR = regex.compile(r"(?P<y>\d{4})\s*年")
# the year a figure is dated to, right before it: 由2020年的 / 到2024年的 / 2023年末为
END_YEAR = regex.compile(r"(?P<y>\d{4})\s*年(?:末|底|度)?\s*(?:的|为|是|达到|达)?\s*$")
YEARLY = regex.compile(rf"(?<!多)(?:{alternation(lx.YEARLY_WORDS)})")  # not 多年平均值, a climate normal
# 由2020年的42.3%提高到2023年的44.1%: the two ends of a from-to pair the extractor did not link
_CURRENCY = r"(?:人民币|人民幣|美元|港元|港币|港幣)?"
FROM_END = regex.compile(
    rf"[由从]\s*(?:{_YEAR4}\s*年(?:末|底|度)?|上年(?:末|同期)?|去年(?:同期)?|原来)?\s*的?\s*{_CURRENCY}\s*$"
)
TO_END = regex.compile(rf"(?:{_CHANGE_VERBS})?(?:了)?(?:到|至)\s*(?:{_YEAR4}\s*年(?:末|底|度)?的?)?\s*{_CURRENCY}\s*$")
DECREASE = regex.compile(alternation(lx.DECREASE_VERBS))
_HAN_CHAR = regex.compile(r"\p{Han}")
# 与2010年第六次全国人口普查的436915人相比: what comes after the figure says it is the earlier one
_SET_AGAINST = regex.compile(r"^\s*(?:相比|相较)")
SIGNED_CHANGE = regex.compile(rf"(?:{alternation(lx.SIGNED_CHANGE)})\s*(?:为|是|达)?\s*$")
_RATE_VERBS_END = regex.compile(rf"(?:{alternation(lx.RATE_VERBS)})+\s*$")
_LEADING_JUNK = regex.compile(
    r"""^(?:
        [\s,，;；:：、。)）]+                       # punctuation left over from the previous clause
      | \d{4}\s*年(?:度)?(?:\d{1,2}\s*月)?(?:[-至到]\d{1,2}\s*月)?(?:末|底|份|以来)?   # 2023年, 2023年度, 1-9月
      | \d{1,2}\s*(?:[-至到]\s*\d{1,2}\s*)?月(?:末|底|份)?
      | 截至[^,，]*?(?:止|末)(?:年度)?
      | 年末|年底|年初|期末|目前|现有|本年度|本年|今年|当年|年内|报告期内|报告期|本期
      | 全年|全市|全县|全区|全省|全国|全镇|本集团的|本集团|本公司|我院|区政府|市政府|县政府
      | 共计|合计|总计|累计|共有|总共|共|总|其中|包括|分别为|分别是|分别|有(?!效)|为|是|实现|完成|达到
      | 达(?![标成])                            # 达标企业 keeps its 达
    )*+""",
    regex.VERBOSE,
)
_TRAILING_JUNK = regex.compile(r"(?:的|为|达到|达|是|有|约|近|共|共计|合计|累计|人民币|共有)+$")
_HAN = regex.compile(r"\p{Han}")

LEVEL_KINDS = frozenset({"count", "money", "measure", "duration"})
RATE_UNITS = frozenset({"%", "‰"})
RANGE_ROLES = frozenset({"range_low", "range_high"})


@dataclass(eq=False, slots=True)
class Sentence:
    """One sentence of the document and the figures in it, in text order."""

    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...]
    figs: list[Fig] = field(default_factory=list)
    parts: list[Fig] = field(default_factory=list)  # figures that can be wholes or parts of a sum
    mains: list[Fig] = field(default_factory=list)  # figures that state a current level
    # --- layout: from the text when given, else from the sentence spans and sections -----------------
    block: int = 0  # the stretch between two headings the sentence stands in
    para: int = 0  # its paragraph (without the text: its block)
    joined: bool = False  # it goes on from the sentence before: same paragraph, nothing unseen between
    unseen: bool = False  # words the claims do not show stand between it and the sentence before
    after: str = ""  # the text after it that states no figure, to the end of its paragraph (相关情况如下:)
    # the text between the sentence before and this one, when the text is given (a table row's line break)
    gap: str | None = None

    def between(self, a: int, b: int) -> str:
        """The sentence text between two document offsets."""
        return self.text[max(0, a - self.start) : max(0, b - self.start)]

    def __hash__(self) -> int:  # by place, not by address: sets of sentences iterate alike in every run
        return self.index


@dataclass(eq=False, slots=True)
class Fig:
    """A claim read in its sentence."""

    claim: Claim
    index: int
    sent: Sentence
    pos: int = 0  # index within the sentence
    lead: str = ""  # text from the previous figure (or sentence start) to this one
    tail: str = ""  # text from this figure to the next one (or sentence end)
    clause: str = ""  # the lead after its last clause mark: what this figure's clause says before it
    group: int = 0  # ;-separated group of the sentence
    paren: bool = False  # inside brackets: 4822件(含再审1件)
    label: str = ""  # what the figure counts, as our own reading of the clause

    # --- what the figure is, read once by `_classify` -------------------------------------------
    is_change: bool = False  # a change: 增长8.5%, 减少7件, 1.1个百分点, 3倍
    is_level: bool = False  # an additive quantity: a count, money, a measure; not a change, rate or range end
    is_rate: bool = False  # a share or rate in percent that is not itself a change
    is_baseline: bool = False  # an earlier value stated for comparison: 较2022年558件, 与上年20.6%
    is_part: bool = False  # a level that can be a part or a whole of a sum (durations do not add up)
    share_points: bool = False  # a change of a share written with %: 比重增减 2.27% is 2.27 points
    names: tuple[str, ...] = ()  # our label and the extractor's subject: the texts an echo may match
    base: bool | None = None  # an intake or total that rates are taken of (`cues.is_base`, read once)
    same_at: int = 0  # its place among the figures of equal value and unit (`Doc.by_value`)
    refs: dict[str, ClaimRef] = field(default_factory=dict)  # the claim as checks cite it, by its part

    def __hash__(self) -> int:  # by place, not by address: sets of figures iterate alike in every run
        return self.index

    @property
    def unit(self) -> str:
        return self.claim.unit

    @property
    def is_change_amount(self) -> bool:
        return self.is_change and self.claim.unit not in RATE_UNITS and self.claim.unit not in _NOT_AMOUNTS

    @property
    def is_points(self) -> bool:
        return self.claim.unit in ("百分点", "基点") or self.share_points

    @property
    def is_times(self) -> bool:
        return self.claim.unit == "倍"

    @property
    def is_doublings(self) -> bool:
        """翻一番, 翻两番: a ratio of 2ⁿ."""
        return self.claim.unit == "番"

    @property
    def exact_count(self) -> bool:
        """A whole number of things, written exactly (no 余/约, no scale): usable as a GRIM base."""
        c = self.claim
        return c.kind == "count" and c.approx is None and c.multiplier == 1 and c.value == c.value.to_integral()

    @property
    def direction(self) -> str | None:
        """The claim's direction, or the one its lead's verb says."""
        if self.claim.direction:
            return self.claim.direction
        if SIGNED_CHANGE.search(self.clause):  # 本年比上年增减-135.27%: the sign says which way
            return "increase"
        inc, dec = INCREASE.search(self.clause), DECREASE.search(self.clause)
        if inc and not dec:
            return "increase"
        if dec and not inc:
            return "decrease"
        if inc and dec:
            return "increase" if inc.end() > dec.end() else "decrease"
        return None

    @property
    def baseline_kind(self) -> str | None:
        """What the figure's change is measured against: year, year-start, month; None when unsaid."""
        text = (self.claim.baseline or "") + self.clause
        if not _HAN_CHAR.search(self.clause):  # 期末余额 | 比年初增减 | 同比增速: a cell's column says it
            text += self.claim.subject or ""
        for kind, words in lx.BASELINE_KINDS:
            if any(w in text for w in words):
                return kind
        return "year" if YEAR.search(text) else None

    @property
    def per_year(self) -> bool:
        """A change per year on average (年均增长6.5%): compounded, not the total change."""
        return bool(YEARLY.search(self.clause) or YEARLY.search(self.claim.baseline or ""))

    @property
    def dated(self) -> int | None:
        """The year stated right before the figure (由2020年的398.2亿元 → 2020); None when not so dated."""
        m = END_YEAR.search(self.clause)
        return int(m.group("y")) if m else None

    @property
    def year(self) -> int | None:
        """The year the figure's own clause dates it to: 2023年末为148.6万人 → 2023."""
        m = YEAR.search(self.clause)
        return int(m.group("y")) if m else None

    def __repr__(self) -> str:  # short, for debugging
        return f"Fig({self.claim.id} {self.claim.text!r})"


@dataclass(eq=False, slots=True)
class Doc:
    """All sentences that hold claims, in text order, and their figures."""

    sentences: list[Sentence]
    figs: list[Fig]
    by_section: dict[tuple[str, ...], list[Sentence]] = field(default_factory=dict)
    by_value: dict[tuple[Decimal, str], list[Fig]] = field(default_factory=dict)
    by_top: dict[tuple[str, ...], list[Sentence]] = field(default_factory=dict)  # chapters: top heading
    top_order: list[tuple[str, ...]] = field(default_factory=list)  # chapters in the order they start
    top_starts: list[int] = field(default_factory=list)  # index of each chapter's first sentence
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)  # sections by parent
    totals: dict[tuple[str, ...], tuple[dict[str, Fig], Fig | None]] = field(default_factory=dict)  # shares.py
    # rates the text defines (纠错率=纠错数÷审结数×100%): the rate's name → (numerator's name, whole's name)
    formulas: dict[str, tuple[str, str]] = field(default_factory=dict)

    def section_sentences(self, section: tuple[str, ...]) -> list[Sentence]:
        return self.by_section.get(section, [])

    def figs_before(self, s: Sentence, back: int) -> list[Fig]:
        """The figures of the `back` sentences before `s` in its section, nearest first."""
        near = self.sentences[max(0, s.index - back) : s.index]
        return [f for t in reversed(near) if t.section == s.section for f in reversed(t.figs)]


def compatible(a: Fig, b: Fig) -> bool:
    """Two figures that can be added or divided: same unit, or counts of the same things (起 and 件, not
    家 and 人: lawyers are not a share of their firms)."""
    if a.claim.unit == b.claim.unit:
        return True
    return a.claim.kind == b.claim.kind == "count" and countable(a, b)


def convert(a: Fig, b: Fig) -> Decimal | None:
    """The factor that takes `a`'s unit of area into `b`'s (公顷 into 平方公里: 0.01); None when either is none."""
    x, y = lx.AREA_UNITS.get(a.claim.unit), lx.AREA_UNITS.get(b.claim.unit)
    if x is None or y is None:
        return None
    return Decimal(x[0] * y[1]) / Decimal(x[1] * y[0])


def time_factor(a: Fig, b: Fig) -> Decimal:
    """The factor that takes `a`'s unit of time into `b`'s (小时 into 分钟: 60); 1 unless both are units of time
    of a fixed length and differ."""
    x, y = lx.TIME_SECONDS.get(a.claim.unit), lx.TIME_SECONDS.get(b.claim.unit)
    return Decimal(1) if x is None or y is None else Decimal(x) / Decimal(y)


def countable(a: Fig, b: Fig) -> bool:
    """A numerator and its base: the same unit, or measure words used alike (纠纷11933起, 成功11929件)."""
    if a.claim.unit == b.claim.unit:
        return True
    return any(a.claim.unit in group and b.claim.unit in group for group in lx.COUNTERS_ALIKE)


_PEOPLE = frozenset({"人", "名", "位"})
_TRIPS = frozenset({"架次", "艘次", "辆次", "列次"})  # 个人316名,其中一等功3人: one count of people, however worded


def same_measure(a: Fig, b: Fig) -> bool:
    """Two figures that can be parts of one sum: the same unit, or counts of people (人, 名, 位), or of trips of
    craft (飞机38164架次, 船舶8907艘次 and 车辆51502辆次 of 交通工具98573(架/艘/辆次))."""
    if a.claim.unit == b.claim.unit:
        return True
    return a.claim.kind == b.claim.kind == "count" and any(
        a.claim.unit in group and b.claim.unit in group for group in (_PEOPLE, _TRIPS)
    )


_TOTAL_ENDS = ("合计", "小计", "总计")
_NOT_AMOUNTS = frozenset({"百分点", "基点", "倍", "番"})  # changes that are no amount of the figure's unit


_NUMERIC_CELL = regex.compile(r"^[-+]?\d[\d,.]*%?$")


def spaced_cells(text: str) -> str:
    """收入合计\u30006,994.56\u30006,081.82: table rows whose cells stand one ideographic space apart, and the
    header row above them with as many cells, with their spaces read as tabs (one for one, so offsets hold)."""
    if "\u3000" not in text:
        return text
    lines = text.split("\n")
    fields = [line.strip("\u3000 ").split("\u3000") if "\t" not in line and "|" not in line else [] for line in lines]
    rows = [len(f) >= 3 and sum(bool(_NUMERIC_CELL.match(x)) for x in f[1:]) >= 2 for f in fields]
    if not any(rows):
        return text
    out = []
    for k, line in enumerate(lines):
        head = k + 1 < len(lines) and rows[k + 1] and len(fields[k]) == len(fields[k + 1]) and len(fields[k]) >= 3
        out.append(_inner_spaces(line) if rows[k] or head else line)
    return "\n".join(out)


def _inner_spaces(line: str) -> str:
    """The ideographic spaces between the cells of a row as tabs; those that set the row in stay."""
    body = line.lstrip("\u3000 ")
    lead = line[: len(line) - len(body)]
    return lead + body.replace("\u3000", "\t")


# 纠错率=纠错数÷审结数×100%, 年报率=已报企业户数÷应报企业户数×100%: a rate the text defines by its two counts
_FORMULA = regex.compile(
    r"(?P<rate>\p{Han}{1,10}?率)\s*=\s*(?P<num>\p{Han}{2,12}?)\s*[÷/]\s*(?P<den>\p{Han}{2,12}?)\s*(?:[×*]\s*100\s*%)?"
    r"(?=[,;。，；、\s)]|$)"
)


def build(claims: Sequence[Claim], text: str | None = None) -> Doc:
    """Group the claims by sentence and read what stands around each; `text` is the document they are of."""
    sentences: list[Sentence] = []
    by_start: dict[tuple[int, int], Sentence] = {}
    figs: list[Fig] = []
    for i, c in enumerate(sorted(claims, key=lambda c: (c.start, c.end))):
        if c.subject and len(c.subject) > 2 and c.subject.endswith(_TOTAL_ENDS):
            c = c.model_copy(update={"subject": c.subject[:-2]})  # 受理量合计: a total row read by its column
        key = (c.sentence.start, c.sentence.end)
        s = by_start.get(key)
        if s is None:
            # the words are read as extraction reads them: 較 as 较, full-width forms plain (one for one)
            words = spaced_cells(normalize(c.sentence.text))
            s = Sentence(len(sentences), c.sentence.start, c.sentence.end, words, tuple(c.section))
            by_start[key] = s
            sentences.append(s)
        f = Fig(c, i, s, pos=len(s.figs))
        s.figs.append(f)
        figs.append(f)
    sentences.sort(key=lambda s: s.start)
    doc = Doc(sentences, figs)
    if text is not None and ("÷" in text or "/" in text):
        doc.formulas = {m["rate"]: (m["num"], m["den"]) for m in _FORMULA.finditer(normalize(text))}
    fits = text is not None and _fits(figs, text)
    if fits:
        _layout(sentences, spaced_cells(normalize(text)))
    else:
        _spans(sentences)
    for k, s in enumerate(sentences):
        s.index = k
        _read(s)
        if s.section not in doc.by_section and s.section:
            doc.children.setdefault(s.section[:-1], []).append(s.section)
        doc.by_section.setdefault(s.section, []).append(s)
        doc.by_top.setdefault(s.section[:1], []).append(s)
    if fits:
        _prior_year_values(figs, text)
    doc.top_order = list(doc.by_top)
    doc.top_starts = [doc.by_top[top][0].index for top in doc.top_order]
    for f in figs:
        same = doc.by_value.setdefault((f.claim.value, f.claim.unit), [])
        f.same_at = len(same)
        same.append(f)
    return doc


_GROUPS_OF = regex.compile(r"\p{Han}{0,3}(?:方面|大类|类|领域|批次|批)")


def _group_counts(s: Sentence) -> None:
    """问题共五个方面148个: a count of the groups right before the count of what they hold is no level of it."""
    for f, g in itertools.pairwise(s.figs):
        if (
            f.is_level
            and f.claim.kind == "count"
            and g.claim.kind == "count"
            and g.claim.value > f.claim.value
            and _GROUPS_OF.fullmatch(s.between(f.claim.end, g.claim.start))
        ):
            f.is_level = f.is_part = False
            g.label, g.clause = f.label, f.clause  # what the groups are of names what the total counts
            sub = g.claim.subject or ""
            g.names = (g.label, sub) if sub and sub != g.label else (g.label,)


_TITLE_YEAR = regex.compile(r"((?:19|20)\d\d)\s*年")
_YEAR_SAID = regex.compile(r"((?:19|20)\d\d)\s*年(?:同期)?\s*(?:则|的|为|是)\s*$")


def _prior_year_values(figs: Sequence[Fig], text: str) -> None:
    """关于2024年全县信访工作情况的通报 … 受理3418件,同比下降8.7%,2023年为3744件: under a title that names the
    report's year, a figure said of the year before is an earlier value, as 上年为 would be."""
    first = text.lstrip()[:120].split("\n", 1)[0]
    m = _TITLE_YEAR.search(first)
    if m is None:
        return
    prior = str(int(m.group(1)) - 1)
    for f in figs:
        if f.is_level and not f.is_baseline and not f.is_change:
            said = _YEAR_SAID.search(f.clause[-12:])
            if said is not None and said.group(1) == prior:
                f.is_baseline = True
                f.sent.mains = [g for g in f.sent.mains if g is not f]  # mains hold current levels only


# --- layout ---------------------------------------------------------------------------------------------

_SPACE = " \t\r\u3000\xa0"
# a heading marker at the start of a line: 一、 第一章 (一) 1. (1)
HEADING_MARK = regex.compile(
    r"""[ \t\u3000]*
    (?:[一二三四五六七八九十]+、
      | 第[一二三四五六七八九十]+[章部分篇节]
      | [(（][一二三四五六七八九十]+[)）]
      | \d{1,2}[.、．](?!\d)
      | [(（]\d{1,2}[)）]
    )""",
    regex.VERBOSE,
)
# a line that names what follows (前景, 主要财务数据（人民币百万元）): short, no sentence mark, no claim
BARE_TITLE = regex.compile(r"[^。！？!?；;\n]{1,40}")
_TITLE_OPEN_END = regex.compile(r"[，,、：:]$")
_WRAPPED_END = regex.compile(r"[，,、(（“]$")  # a line that ends so does not end its paragraph
# at least four Chinese characters: some sentence or heading the claims do not show
_SAYS = regex.compile(r"\p{Han}(?:[^\p{Han}]*\p{Han}){3}")


_GAP_REACH = 80  # characters of the gap before a sentence kept: enough to see a line break and indentation


def _fits(figs: Sequence[Fig], text: str) -> bool:
    """Whether `text` is the document the claims were read from (their spans hold their texts)."""
    return all(f.claim.end <= len(text) and text[f.claim.start : f.claim.end] == f.claim.text for f in figs[:50])


def _spans(sentences: Sequence[Sentence]) -> None:
    """Layout without the text: sections are the blocks, and each block is one paragraph."""
    block = 0
    for k, s in enumerate(sentences):
        prev = sentences[k - 1] if k else None
        if prev is not None and prev.section != s.section:
            block += 1
        s.block = s.para = block
        s.joined = prev is not None and prev.end == s.start and prev.section == s.section


def _layout(sentences: Sequence[Sentence], text: str) -> None:
    """Layout from the text: paragraph and heading lines, and the words between the claim sentences.

    Only the lines from the first claim sentence to the last are read, so that checking a long text piece
    by piece reads each line once; paragraphs and blocks are numbered within those lines.
    """
    claim_starts = sorted(f.claim.start for s in sentences for f in s.figs)
    paras: list[int] = []  # offsets where a paragraph starts
    heads: list[int] = []  # offsets where a heading line starts
    pos = text.rfind("\n", 0, sentences[0].start) + 1
    last = text.find("\n", sentences[-1].end)
    n = len(text) if last < 0 else last
    lines: list[tuple[int, int, str]] = []
    while pos <= n:
        nl = text.find("\n", pos, n)
        end = n if nl < 0 else nl
        line = text[pos:end].strip(_SPACE)
        if line:
            lines.append((pos, end, line))
        if nl < 0:
            break
        pos = nl + 1
    full = _full_width(lines)
    wrapped = False
    for pos, end, line in lines:
        if not wrapped:
            paras.append(pos)
        if HEADING_MARK.match(text, pos) or _bare_title(line, pos, end, claim_starts):
            heads.append(pos)
        # a line cut at the width of the page mid-sentence (…增速高于全市平均⏎0.4个百分点) goes on below
        wrapped = bool(_WRAPPED_END.search(line)) or (
            full > 0 and _width(line) >= full and not _CLOSED_END.search(line) and not _CELLS.search(line)
        )
    prev: Sentence | None = None
    for k, s in enumerate(sentences):
        # 分险种看:⏎1. …121.57亿元。其中,…: a lead-in line joined to the sentence is no paragraph of its figures
        at = s.figs[0].claim.start if s.figs else s.start
        p = bisect.bisect_right(paras, at)
        s.para = p
        s.block = bisect.bisect_right(heads, at)
        para_end = paras[p] if p < len(paras) else n
        nxt = sentences[k + 1].start if k + 1 < len(sentences) else n
        s.after = text[s.end : max(s.end, min(para_end, nxt))]
        s.gap = text[max(prev.end if prev is not None else 0, s.start - _GAP_REACH) : s.start]
        if prev is not None:
            s.unseen = bool(_SAYS.search(text, prev.end, s.start)) if s.start > prev.end else False
            s.joined = prev.para == s.para and prev.block == s.block and not s.unseen
        prev = s


_WIDE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")
_CELLS = regex.compile(r"\S(?:\t|[ \u3000]{2,})\S")  # a row of a table laid out as text: no prose to wrap
_CLOSED_END = regex.compile(r"[。！？!?；;：:…”’\"')）]$")  # a line that ends its sentence or its title


def _width(line: str) -> int:
    """The width a line takes on the page: Chinese characters and full-width marks count twice."""
    return len(line) + len(_WIDE.findall(line))


def _full_width(lines: Sequence[tuple[int, int, str]]) -> int:
    """The width of a full line when the text is wrapped at a fixed width (as text taken from a PDF is),
    less a margin for where a line breaks; 0 when it is not: then few lines reach the widest ones."""
    widths = sorted(_width(line) for _, _, line in lines if not _CELLS.search(line))
    if len(widths) < 6:
        return 0
    top = widths[len(widths) * 9 // 10]
    near = sum(1 for w in widths if w >= top * 0.85)
    return int(top * 0.85) if near >= max(4, len(widths) // 3) else 0


def _bare_title(line: str, start: int, end: int, claim_starts: list[int]) -> bool:
    """A line that only names what follows: short, with no sentence mark, no open end and no claim."""
    if not BARE_TITLE.fullmatch(line) or _TITLE_OPEN_END.search(line) or not _HAN.search(line):
        return False
    k = bisect.bisect_left(claim_starts, start)
    return k >= len(claim_starts) or claim_starts[k] >= end


def _read(s: Sentence) -> None:
    """Read each figure of the sentence: the words before and after it, its clause, group and label."""
    text, base = s.text, s.start
    figs = s.figs
    prev_end = base
    prev: Claim | None = None
    depth = 0
    group = 0
    tail = ""  # the previous figure's tail: the next figure's lead when nothing overlaps
    for k, f in enumerate(figs):
        c = f.claim
        f.pos = k
        if prev is not None and prev_end == prev.end:
            lead = tail
        else:
            lead = _drop_unit(text[max(0, prev_end - base) : max(0, c.start - base)], prev)
        f.lead = lead
        nxt = figs[k + 1].claim.start if k + 1 < len(figs) else s.end
        f.tail = tail = _drop_unit(text[max(0, c.end - base) : max(0, nxt - base)], c)
        m = _LAST_MARK.search(lead)
        f.clause = (lead[m.end() :] if m else lead).rstrip("+＋")  # +25.5 in a table: the sign is the figure's
        group += lead.count(";") + lead.count("；")
        f.group = group
        if "(" in lead or "（" in lead or ")" in lead or "）" in lead:
            depth += lead.count("(") + lead.count("（") - lead.count(")") - lead.count("）")
        f.paren = depth > 0
        f.label = clean_label(f.clause)
        _classify(f)
        if k and not lead and (kinds := figs[k - 1]).claim.unit in lx.KIND_UNITS and kinds.claim.kind == "count":
            # 监测5大类32个品种: the count of the kinds names nothing; the count after it is named by their clause
            f.clause, f.label = kinds.clause, kinds.label
            _classify(f)
            kinds.is_level = kinds.is_part = False
        if k and not f.is_baseline and f.is_level and _LIST_JOIN_ONLY.fullmatch(f.clause):
            # 分别较上年的2203宗、277.51亿元增长…: a figure listed right after an earlier value is one too
            before = figs[k - 1]
            if (
                before.is_baseline
                and before.group == f.group
                and before.claim.role != "before"
                and _SET_AGAINST_WORD.search(before.clause)  # (上年分别为15起、2人: values listed, not set against)
            ):
                f.is_baseline, f.is_part = True, False
        prev_end = max(prev_end, c.end)
        prev = c
    _group_counts(s)
    s.parts = [f for f in figs if f.is_part]
    s.mains = [f for f in figs if f.is_level and not f.is_baseline and not f.paren]


_LIST_JOIN_ONLY = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
_SET_AGAINST_WORD = regex.compile(r"[较比]")
# 规模以上工业企业实现营业收入: the owner and its deed, then what the checks compare by name (营业收入)
_OWNER_DEED = regex.compile(
    rf"(?<=..)(?:{alternation(w for w in OBJECT_VERBS if len(w) >= 2)})(?P<flow>{alternation(OWNED_FLOWS)})$"
)


def owner_of(subject: str) -> str:
    """Who did the deed a subject names (信息技术服务业 of 信息技术服务业实现营业利润), else ''."""
    m = _OWNER_DEED.search(subject)
    return subject[: m.start()] if m else ""


def deed_dropped(subject: str) -> str:
    """The flow an owner's deed names (营业收入 of 规模以上工业企业实现营业收入), else the subject itself."""
    m = _OWNER_DEED.search(subject)
    return m.group("flow") if m else subject


def _classify(f: Fig) -> None:
    c = f.claim
    f.is_change = c.kind == "change" or c.direction is not None or c.unit in ("百分点", "基点", "倍")
    if c.unit in RATE_UNITS:
        # the words before a percentage say what it is, whatever kind it was given:
        # 占事项总数的92.7% is a share, 调解成功率达99.9% a rate, 同比增长8% a change
        verb = CHANGE_VERB_END.search(f.clause)
        if f.is_change and not verb and (SHARE_WORD.search(f.clause) or RATE_NAME_END.search(f.clause)):
            f.is_change = False
        elif not f.is_change and verb:
            f.is_change = True
    f.is_level = (
        # (a score in a table's cell, 分值 | 得分 / 决策 | 15 | 13.5: scores of a scoring table add up to its 合计)
        (c.kind in LEVEL_KINDS or (c.unit == "分" and _SCORE_CELL.search(f.lead) is not None))
        and not f.is_change
        and c.unit not in RATE_UNITS
        and c.role not in RANGE_ROLES
        and not milestone(f)
    )
    f.is_rate = c.unit in RATE_UNITS and not f.is_change
    f.share_points = f.is_change and c.unit == "%" and bool(_SHARE_CHANGE.search(c.subject or f.clause))
    # the baseline phrase ends the clause: only its last characters can hold it
    tail = f.clause[-40:].rstrip("(（ ")  # 较上年（70.4%）: the earlier value in brackets; 较截至2023年12月31日止年度
    f.is_baseline = c.role == "before" or (
        not f.is_change
        and bool(
            BASELINE.search(tail)
            or FROM_END.search(tail)
            or _SET_AGAINST.match(f.tail)
            or (f.paren and _YEAR_BRACKET.search(f.clause))
        )
    )
    s = deed_dropped(c.subject or "")
    f.names = (f.label, s) if s and s != f.label else (f.label,)
    if _SHORT_OR_LONG.search("".join(f.names)):
        # 全区规模以上工业增加值 is the 全区规上工业增加值 a share names, and the other way round
        f.names = (*f.names, *(_other_form(n) for n in f.names if _SHORT_OR_LONG.search(n)))
    # durations and averages (人均收入) of different things do not add up to a whole; nor do thresholds
    f.is_part = (
        f.is_level
        and (c.kind != "duration" or _DAYS_COUNTED.search(f.sent.text) is not None)
        and not f.is_baseline
        and not f.paren
        and not any(AVERAGE.search(n) for n in f.names)
        and not threshold(f)
    )


_SCORE_CELL = regex.compile(r"[|\t]|[ \u3000]{2,}")
# 规上, 限上: the short forms of 规模以上, 限额以上 that reports use as often as the long ones
_SHORT_FORMS = {"规上": "规模以上", "限上": "限额以上", "规模以上": "规上", "限额以上": "限上"}
_SHORT_OR_LONG = regex.compile(r"规模以上|限额以上|规上|限上")


def _other_form(name: str) -> str:
    return _SHORT_OR_LONG.sub(lambda m: _SHORT_FORMS[m.group()], name)


# 为2020年(21.2万吨)的2倍: the value of an earlier year, in brackets after it
_YEAR_BRACKET = regex.compile(r"(?:为|是|相当于|达到)\s*(?:\d{4}年|上年|去年)(?:同期|末|底)?\s*[(（]$")
# 监测天数366天,其中优良天数312天,轻度污染46天: in a sentence that counts days, days add up like things
# 比重增减, 占比变动: a column of the change of a share, in points though written with %
_SHARE_CHANGE = regex.compile(r"(?:比重|占比|比例|率)(?:同比)?(?:增减|变动|变化|增加|减少)(?:幅度|比例)?$")
_DAYS_COUNTED = regex.compile(r"(?:天数|日数)(?!.*(?:时限|期限|平均|周期|工作日))")
_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


def is_bound(f: Fig) -> bool:
    """A figure said as a bound (超过, 以上, 不足, 以内): a line passed or not reached, no amount to divide by."""
    return f.claim.approx in _BOUNDS

# 超过50万元的村 / 10人以下的企业: a bound that names a class of things, no amount of anything
_NAMES_CLASS = regex.compile(r"^\s*的\s*\p{Han}")
# 收入全部超过10万元 / 均达到3A级: a bound each of them meets, not a total
# 连续7年稳定在150万吨以上 / 控制在3%以内: a level held above or below a line, which counts nothing
_HELD_BOUND = regex.compile(rf"(?:{alternation(lx.HELD_VERBS)})在\s*$")
# (所有县均至少有一家: the least each has)
_EACH_BOUND = regex.compile(
    rf"(?:全部|均|都|皆|全)\s*(?:{alternation(lx.EACH_BOUND_VERBS)}|(?:至少|最少|起码)\s*有?)\s*$"
)


def milestone(f: Fig) -> bool:
    """A round mark a figure passed, not its amount: 首次突破400亿元, 迈上1万亿元台阶, 重回800亿元以上."""
    return bool(_MILESTONE_BEFORE.search(f.clause) or _MILESTONE_AFTER.match(f.tail))


# (not 突破 alone: 投资突破12.6亿元 may state the amount reached)
_MILESTONE_BEFORE = regex.compile(
    r"(?:首次|首度|历史性地?|一举|再次|重新)(?:突破|超过|超越|越过|跨越|迈上|迈过|站上|跃上|跨上|达到)\s*$|重回\s*$"
)
_MILESTONE_AFTER = regex.compile(r"^\s*(?:大关|台阶|关口|的?(?:新)?台阶|以上(?:并|的水平))")


def threshold(f: Fig) -> bool:
    """A figure that states a threshold, not an amount: 超过50万元的村达到213个, 全部超过10万元."""
    c = f.claim
    if c.approx not in _BOUNDS and not _BOUND_END.search(f.clause):
        return False
    return bool(_NAMES_CLASS.match(f.tail) or _EACH_BOUND.search(f.clause) or _HELD_BOUND.search(f.clause))


_BOUND_END = regex.compile(rf"(?:{alternation(lx.BOUND_WORDS)})\s*$")
_AFTER_NUMBER = regex.compile(r"^\s*(?:余|多|以上|以下|左右|之多|以内)")
_QUALIFIER_START = frozenset(" 余多以左之")


def _drop_unit(text: str, before: Claim | None) -> str:
    """Text after a claim without the claim's own unit and qualifier, when its span left them out."""
    if before is None:
        return text
    unit = before.unit_text or before.unit
    if unit and text and text[0] in unit:
        for k in range(len(unit), 0, -1):  # the span may hold the scale (亿) but not the rest (元)
            if text.startswith(unit[-k:]) and not before.text.rstrip().endswith(unit[-k:]):
                text = text[k:]
                break
    return _AFTER_NUMBER.sub("", text, count=1) if text and text[0] in _QUALIFIER_START else text


def clean_label(text: str) -> str:
    """What a figure counts, from the words before it: '2023年,区政府共收到申请' → '收到申请'."""
    s = text.strip()
    m = _LEADING_JUNK.match(s)
    if m:
        s = s[m.end() :]
    return _TRAILING_JUNK.sub("", s.strip()).strip()


_BREAKS = regex.compile(r"[\r\n]+[ \t\u3000]*")
_NOTE_END = regex.compile(r"(?<=率)\s*[(（][^()（）]{1,8}[)）]\s*(?:为|达|达到)?$")


_LISTED_NAMES = regex.compile(r"率(?:、|和|及|与|以及)\p{Han}")  # 安置率、帮教率; 办结率和调解成功率


def rate_name(f: Fig) -> str:
    """The name of a stated rate: ',调解成功率达' → '调解成功率'."""
    # a line break in a wrapped text (整改率⏎98.7%, 调⏎解成功率) is no part of the name
    # 案卷合格率(含优秀)95.6%: a note in brackets after the name says what it counts, it is no part of the name
    name = _NOTE_END.sub("", _RATE_VERBS_END.sub("", _BREAKS.sub("", f.clause))).strip(" ,，;；:：的")
    own = f.claim.subject or ""
    listed = "分别" in name and own in name and _LISTED_NAMES.search(name)
    if own.endswith("率") and (not name.strip("、和及与") or listed):
        return own  # 安置率、帮教率分别为97.2%、98.6%: each rate takes its own name from the list
    return name


def spread_in(short: str, name: str) -> bool:
    """弃电量 in 弃风电量, 硕士生 in 硕士研究生: a name said shorter, its first and last characters kept and its others
    in order between (the name itself too)."""
    if not short or not name or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def shared_start(a: str, b: str) -> int:
    """How many characters two names open with alike: a table row's label before its cells' column names.

    >>> shared_start("乙肝疫苗首剂应种人数", "乙肝疫苗首剂实种人数")
    6
    """
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def shared_end(a: str, b: str) -> str:
    """The characters two names end with alike: 增加值 of 数字产品制造业增加值 and 核心产业增加值.

    >>> shared_end("新登记经营主体", "注销经营主体"), shared_end("ab", "cd")
    ('经营主体', '')
    """
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return a[len(a) - k :]


@functools.lru_cache(maxsize=16384)
def common_run(a: str, b: str) -> int:
    """Length of the longest run of Chinese characters the two texts share.

    >>> common_run("调解成功率", "调解成功"), common_run("结案率", "审结"), common_run("ab", "ab")
    (4, 1, 0)
    """
    if not a or not b:
        return 0
    # han[i]: how many Chinese characters run from a[i] on; a shared run starting at i is at most that
    han = [0] * (len(a) + 1)
    for i in range(len(a) - 1, -1, -1):
        han[i] = han[i + 1] + 1 if _HAN.match(a[i]) else 0
    best = 0
    for i in range(len(a)):
        # grow the best length while a longer run starting here is in b (substring tests run in C)
        while best < han[i] and a[i : i + best + 1] in b:
            best += 1
    return best


_DIGIT_VALUE = {c: k for k, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def one_digit(text: str) -> int | None:
    """The value of a number written as one character (二孩, 三大板块, 3级): 1 to 10; None for others."""
    return int(text) if text.isdigit() else _DIGIT_VALUE.get(text) if len(text) == 1 else None


def in_order(stem: str, name: str) -> bool:
    """Whether `name` holds the characters of `stem` in order, starting with its first two: 仲裁立案 in
    仲裁机构立案受理."""
    if not name.startswith(stem[:2]) or len(name) > 3 * len(stem):
        return False
    it = iter(name)
    return all(ch in it for ch in stem)


def echo(name: str, f: Fig) -> int:
    """How strongly a name (a rate's, a share's whole) echoes what figure `f` counts."""
    return max(common_run(name, n) for n in f.names)
