"""The claims of a document seen in their sentences: what stands between them, what they count.

`run_checks` gets claims only, never the raw text; every claim carries its sentence, so the text between
two claims of a sentence is sliced from there. A `Fig` is a claim with that context read once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..records import Claim
from . import lexicon as lx


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first so no cue hides a longer one."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


CLAUSE_MARK = regex.compile(r"[,，;；:：。!?！？]")
GROUP_MARK = regex.compile(r"[;；]")
# A lead that ends in a baseline phrase: the figure after it is the earlier value (较2022年 558件).
_PERIOD = rf"(?:\d{{4}}\s*年(?:同期|末|底|度)?|{_alt(lx.BASELINE_PERIODS)})"
BASELINE = regex.compile(
    rf"""
    (?:
        (?:{_alt(lx.BASELINE_LEADS_ALONE)})\s*(?:于)?\s*{_PERIOD}?   # 较 2022年 / 较
      | (?:{_alt(lx.BASELINE_LEADS)})\s*(?:于)?\s*{_PERIOD}         # 比上年 / 与上年 (比 alone is 占比)
      | (?:{_alt(lx.BASELINE_PERIODS)})\s*(?:的|为|是)                 # 上年同期的 / 上年为 (not 2023年末为)
    )
    \s*(?:的)?\s*(?:人民币|美元|港元|港币)?\s*$
    """,
    regex.VERBOSE,
)
INCREASE = regex.compile(_alt(lx.INCREASE_VERBS))
YEAR = regex.compile(r"(?P<y>\d{4})\s*年")
# 由2020年的42.3%提高到2023年的44.1%: the two ends of a from-to pair the extractor did not link
FROM_END = regex.compile(r"[由从]\s*(?:\d{4}\s*年(?:末|底|度)?|上年(?:末|同期)?|去年(?:同期)?|原来)?\s*的?\s*$")
TO_END = regex.compile(
    rf"(?:{_alt(lx.INCREASE_VERBS + lx.DECREASE_VERBS)})?(?:了)?(?:到|至)\s*(?:\d{{4}}\s*年(?:末|底|度)?的?)?\s*$"
)
DECREASE = regex.compile(_alt(lx.DECREASE_VERBS))
_RATE_VERBS_END = regex.compile(rf"(?:{_alt(lx.RATE_VERBS)})+\s*$")
_LEADING_JUNK = regex.compile(
    r"""^(?:
        [\s,，;；:：、。)）]+                       # punctuation left over from the previous clause
      | \d{4}\s*年(?:\d{1,2}\s*月)?(?:[-至到]\d{1,2}\s*月)?(?:末|底|份|以来)?   # 2023年, 1-9月
      | \d{1,2}\s*(?:[-至到]\s*\d{1,2}\s*)?月(?:末|底|份)?
      | 截至[^,，]*?(?:止|末)(?:年度)?
      | 全年|全市|全县|全区|全省|全国|全镇|本集团的|本集团|本公司|我院|区政府|市政府|县政府
      | 共计|合计|总计|累计|共有|总共|共|总|其中|包括|分别为|分别是|分别|有|为|是|实现|完成|达到|达
    )""",
    regex.VERBOSE,
)
_TRAILING_JUNK = regex.compile(r"(?:的|为|达到|达|是|有|约|近|共|共计|合计|累计|人民币|共有)+$")
_HAN = regex.compile(r"\p{Han}")

LEVEL_KINDS = frozenset({"count", "money", "measure", "duration"})
RATE_UNITS = frozenset({"%", "‰"})


@dataclass(eq=False, slots=True)
class Sentence:
    """One sentence of the document and the figures in it, in text order."""

    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...]
    figs: list[Fig] = field(default_factory=list)

    def between(self, a: int, b: int) -> str:
        """The sentence text between two document offsets."""
        return self.text[max(0, a - self.start) : max(0, b - self.start)]


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

    # --- what the figure is -------------------------------------------------------------------
    @property
    def unit(self) -> str:
        return self.claim.unit

    @property
    def is_change(self) -> bool:
        c = self.claim
        return c.kind == "change" or c.direction is not None or c.unit in ("百分点", "倍")

    @property
    def is_level(self) -> bool:
        """An additive quantity: a count, an amount of money, a measure; not a change, rate or range end."""
        c = self.claim
        return (
            c.kind in LEVEL_KINDS
            and not self.is_change
            and c.unit not in RATE_UNITS
            and c.role not in ("range_low", "range_high")
        )

    @property
    def is_part(self) -> bool:
        """A level that can be a part or a whole of a sum: durations of different things do not add up."""
        return self.is_level and self.claim.kind != "duration" and not self.is_baseline and not self.paren

    @property
    def is_rate(self) -> bool:
        """A share or rate in percent that is not itself a change."""
        return self.claim.unit in RATE_UNITS and not self.is_change

    @property
    def is_change_amount(self) -> bool:
        return self.is_change and self.claim.unit not in RATE_UNITS and self.claim.unit not in ("百分点", "倍")

    @property
    def is_change_rate(self) -> bool:
        return self.is_change and self.claim.unit in RATE_UNITS

    @property
    def is_points(self) -> bool:
        return self.claim.unit == "百分点"

    @property
    def is_times(self) -> bool:
        return self.claim.unit == "倍"

    @property
    def is_baseline(self) -> bool:
        """An earlier value stated for comparison: 较2022年558件, 与上年20.6%, 由A(至B)."""
        if self.claim.role == "before":
            return True
        return not self.is_change and bool(BASELINE.search(self.clause))

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
        for kind, words in lx.BASELINE_KINDS:
            if any(w in text for w in words):
                return kind
        return "year" if YEAR.search(text) else None

    @property
    def year(self) -> int | None:
        """The year the figure's own clause dates it to: 2023年末为148.6万人 → 2023."""
        m = YEAR.search(self.clause)
        return int(m.group("y")) if m else None

    @property
    def names(self) -> tuple[str, ...]:
        """Our label and the extractor's subject: the texts an echo may match."""
        s = self.claim.subject or ""
        return (self.label, s) if s and s != self.label else (self.label,)

    def __repr__(self) -> str:  # short, for debugging
        return f"Fig({self.claim.id} {self.claim.text!r})"


@dataclass(eq=False, slots=True)
class Doc:
    """All sentences that hold claims, in text order, and their figures."""

    sentences: list[Sentence]
    figs: list[Fig]

    def section_sentences(self, section: tuple[str, ...]) -> list[Sentence]:
        return [s for s in self.sentences if s.section == section]


def compatible(a: Fig, b: Fig) -> bool:
    """Two figures that can be added or divided: same unit, or both counts of things (起 and 件)."""
    if a.claim.unit == b.claim.unit:
        return True
    return a.claim.kind == b.claim.kind == "count" and bool(a.claim.unit) and bool(b.claim.unit)


def same_measure(a: Fig, b: Fig) -> bool:
    """Two figures that can be parts of one sum: the same unit."""
    return a.claim.unit == b.claim.unit


def build(claims: Sequence[Claim]) -> Doc:
    """Group the claims by sentence and read what stands around each."""
    sentences: list[Sentence] = []
    by_start: dict[tuple[int, int], Sentence] = {}
    figs: list[Fig] = []
    for i, c in enumerate(sorted(claims, key=lambda c: (c.start, c.end))):
        key = (c.sentence.start, c.sentence.end)
        s = by_start.get(key)
        if s is None:
            s = Sentence(len(sentences), c.sentence.start, c.sentence.end, c.sentence.text, tuple(c.section))
            by_start[key] = s
            sentences.append(s)
        f = Fig(c, i, s, pos=len(s.figs))
        s.figs.append(f)
        figs.append(f)
    sentences.sort(key=lambda s: s.start)
    for k, s in enumerate(sentences):
        s.index = k
        _read(s)
    return Doc(sentences, figs)


def _read(s: Sentence) -> None:
    prev_end = s.start
    prev: Claim | None = None
    depth = 0
    group = 0
    for k, f in enumerate(s.figs):
        c = f.claim
        f.pos = k
        f.lead = _drop_unit(s.between(prev_end, c.start), prev)
        nxt = s.figs[k + 1].claim.start if k + 1 < len(s.figs) else s.end
        f.tail = _drop_unit(s.between(c.end, nxt), c)
        marks = list(CLAUSE_MARK.finditer(f.lead))
        f.clause = f.lead[marks[-1].end() :] if marks else f.lead
        group += len(GROUP_MARK.findall(f.lead))
        f.group = group
        depth += sum(f.lead.count(ch) for ch in "(（") - sum(f.lead.count(ch) for ch in ")）")
        f.paren = depth > 0
        f.label = clean_label(f.clause)
        prev_end = max(prev_end, c.end)
        prev = c


_AFTER_NUMBER = regex.compile(r"^\s*(?:余|多|以上|以下|左右|之多|以内)")


def _drop_unit(text: str, before: Claim | None) -> str:
    """Text after a claim without the claim's own unit and qualifier, when its span left them out."""
    if before is None:
        return text
    unit = before.unit_text or before.unit
    for k in range(len(unit), 0, -1):  # the span may hold the scale (亿) but not the rest (元)
        if text.startswith(unit[-k:]) and not before.text.rstrip().endswith(unit[-k:]):
            text = text[k:]
            break
    return _AFTER_NUMBER.sub("", text, count=1)


def clean_label(text: str) -> str:
    """What a figure counts, from the words before it: '2023年,区政府共收到申请' → '收到申请'."""
    s = text.strip()
    for _ in range(6):
        m = _LEADING_JUNK.match(s)
        if not m or not m.group():
            break
        s = s[m.end() :]
    s = _TRAILING_JUNK.sub("", s.strip())
    return s.strip()


def rate_name(f: Fig) -> str:
    """The name of a stated rate: ',调解成功率达' → '调解成功率'."""
    return _RATE_VERBS_END.sub("", f.clause).strip(" ,，;；:：的")


def common_run(a: str, b: str) -> int:
    """Length of the longest run of Chinese characters the two texts share."""
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, dh in enumerate(b, start=1):
            if ch == dh and _HAN.match(ch):
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def echo(name: str, f: Fig) -> int:
    """How strongly a name (a rate's, a share's whole) echoes what figure `f` counts."""
    return max(common_run(name, n) for n in f.names)
