"""The relations the finders report: which claims belong together, and how the text ties them.

Each record says how its partners were found (`tie`, `how`, `cue`) and whether the tie is firm enough to
call a mismatch inconsistent (`firm`); `rules.py` judges them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .model import Fig


@dataclass(frozen=True, slots=True)
class Change:
    """A current value and what the text states about its change."""

    after: Fig
    before: Fig | None
    amount: Fig | None  # the change in the value's own unit: 增加了555件
    rate: Fig | None  # the relative change: 增长99.5%, 增长了近3倍, 超额完成…的32%
    points: Fig | None  # the change of a rate in 百分点
    how: str  # from-to (由A至B), baseline (较A), amount (同比减少7件), plan (超额完成计划)
    yearly: Fig | None = None  # a rate per year on average (年均增长6.5%), compounded over the years
    way: str | None = None  # the direction a run of changes states once (分别减少4起、6人): increase, decrease


ITEMS_SUM_TIE = "the sum of the items the structure names, in order"
LISTED_TIE = "the whole the list is of"


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
    per: int = 1  # the unsaid second term of a ratio: 性别比104.08 is men per 100 women
    alts: tuple[Fig, ...] = ()  # other wholes the text allows as well (收到120件, 受理110件, 办结率…)
    plus: tuple[Fig, ...] = ()  # figures the whole may add up with: 复议23件,诉讼17件,其中…30件,占75.0% (of 40)
    above: tuple[Fig, ...] = ()  # the higher grades of a graded list: 合格率 may count 优秀 and 合格 together
    more: tuple[Fig, ...] = ()  # further parts the numerator adds up: 撤销A、确认违法B of a 纠错率
    less: bool = False  # the rate is of what the part leaves of the whole: 毛利率 = (收入 − 成本) / 收入
    convert: Decimal = Decimal(1)  # the part's unit in the whole's: 绿地面积 in 公顷 over 建成区面积 in 平方公里;
    # for a month's average per head (月人均) of a total over months, one over their number
    scale_note: str = ""  # how `convert` reads in the explanation, when not a number of months (×1000 公斤/吨)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A whole and parts the text lists of it; whole None: shares that make up 100%."""

    whole: Fig | None
    parts: tuple[Fig, ...]
    cue: str  # 其中, 包括, 分别, 含, section, status, contains, list, shares, structure, joint (投诉举报合计),
    # grades (a table row's count and the grades it is sorted into)
    exhaustive: bool  # the text says the parts are all of the whole
    partition: bool  # the parts are disjoint siblings, so their sum means something
    firm: bool = True
    group: int = -1
    plus: tuple[Fig, ...] = ()  # figures the whole may add up with (复议23件,诉讼17件,其中…: of one or both)
    # kinds listed in one breath after 其中 with names of their own (维持183件、撤销21件…): not known to be all of
    # the whole, but apart from each other, so together they cannot exceed it
    disjoint: bool = False
    # rows a table takes away from the rest (减：所得税影响额, and the rows after it): the whole is the parts less these
    minus: tuple[Fig, ...] = ()


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
