"""Find every numeric token of a normalised text: the number, its multiplier, infix qualifier and unit.

`scan(text)` yields `Token`s for all digit runs and Chinese numerals, claims and non-claims alike; what is
not a quantity (dates, identifiers, markers, names) is decided later in `attach.py`, so that every token
can be explained.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from decimal import Context, Decimal

import regex

from . import lexicon as lx
from . import recache
from .numerals import parse_chinese, parse_number, scale
from .patterns import alternation

_CN_CHARS = "".join(lx.DIGITS) + "".join(lx.SMALL_SCALES) + "".join(lx.BIG_SCALES)
_CN_DIGITS = "".join(lx.DIGITS)
_MADE_INTO = "".join(lx.MADE_INTO)

UNIT_FAMILY: dict[str, tuple[str, str, Decimal]] = {}  # written unit → (base unit, family, factor)
for _u, (_base, _f) in lx.MONEY_UNITS.items():
    UNIT_FAMILY[_u] = (_base, "money", _f)
for _u, _base in lx.PERCENT_UNITS.items():
    UNIT_FAMILY[_u] = (_base, "percent", Decimal(1))
for _u, _base in lx.DURATION_UNITS.items():
    UNIT_FAMILY[_u] = (_base, "duration", Decimal(1))
for _u, _base in lx.MEASURE_UNITS.items():
    UNIT_FAMILY[_u] = (_base, "measure", Decimal(1))
for _u in lx.COUNT_UNITS:
    UNIT_FAMILY.setdefault(_u, (_u, "count", Decimal(1)))
for _u, _base in lx.COUNT_ALIASES.items():
    UNIT_FAMILY[_u] = (_base, "count", Decimal(1))
UNIT_FAMILY["分"] = ("分", "other", Decimal(1))
UNIT_FAMILY["周岁"] = ("周岁", "other", Decimal(1))  # ages: 平均年龄42.5岁, 预期寿命79.6岁
UNIT_FAMILY["岁"] = ("岁", "other", Decimal(1))
UNIT_FAMILY["倍"] = ("倍", "times", Decimal(1))
UNIT_FAMILY["番"] = ("番", "times", Decimal(1))
UNIT_FAMILY["成"] = ("%", "percent", Decimal(10))

# Per-unit tails: 36.5小时/人, 3.2元/公斤; a second tail of time: 1.00万乘次/公里·日, 18.6元/平方米/月 (but 连续三年每年
# 安排…: a span of time, then what each year of it holds).
_PER = (
    rf"(?:/|(?<![年月天日时周次])每)(?:{alternation(lx.PER_UNITS)})(?:·[日天年月]|/[日天年月次](?!度))?"
    rf"|/(?:{alternation(lx.SLASH_ITEMS)})|/股(?![\u4e00-\u9fff])"
)
# 8.9/10万: a rate per hundred thousand (孕产妇死亡率), with no unit of its own
_PER_BASE = r"/(?:10|十|100|百|1000|千)?万(?![元人吨])|/(?:1000|千|100|百)(?![\d.\u4e00-\u9fff])"

NUMBER = regex.compile(
    rf"""
    (?P<date>                                   # dates and times, masked whole
        \d{{4}}(?:(?P<dsep>[-/.])\d{{1,2}}(?P=dsep)\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日?)   # not 1990年1.46亿
      | \d{{1,2}}\.\d{{1,2}}\.\d{{4}}
      | (?<![\d.])\d{{1,2}}:\d{{2}}:\d{{2}}(?![:\d])   # 08:30:00 (not 44:38:12:6, a ratio of four)
    )
  | (?P<ident>                                  # phone numbers, index numbers, long codes
        (?<![\d.])0\d{{2,3}}-\d{{7,8}}(?!\d)
      | (?<![\d.])\d{{6,}}(?:[/-]\d+)+
      | (?<![\d.,])1[3-9]\d{{9}}(?!\d)
    )
  | (?P<pctword>(?P<pw>百分之|千分之|十万分之|万分之)   # 百分之二十三点四, 百分之15.2, 十万分之七点九
        (?P<pwn>[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+)?|\d+(?:\.\d+)?)
    )
  | (?P<frac>                                   # 三分之二 (not 百分之 / 千分之, caught above)
        (?P<fd>[{_CN_CHARS}]+|\d+)分之(?P<fn>[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+)?|\d+(?:\.\d+)?)
    )
  | (?P<slash>(?<![\d/.])(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})(?![\d/.万千]))   # 1/3, not 10/10万
  | (?P<ratio>                                  # 9.6:41.2:49.2, 2.05:1
        (?<![\d.])\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+(?![\d.])
    )
  | (?P<arabic>
        (?P<neg>(?<![\d\p{{Latin}}%)万亿千百元件人个家项吨岁天次户股台套张名所])-(?=\d))?   # not 1亿-10亿元
        (?P<num>
            \d{{1,3}}(?:,\d{{3}})+(?:[.·]\d+)?            # 1,100  12,345.6
          | \d{{1,3}}(?:[ ]\d{{3}})+(?![\d.])(?=[ ]?\p{{Han}})   # 415 233件 (not 164 164 100%, three cells)
          | \d+(?:\n\d+)?(?:\n?[.·]\n?\d+)?             # 15.6, and 15.⏎6 or 1⏎6 broken by a line wrap
        )
    )
  | (?P<half>(?<![另多大])(?<![^超]过)一半|半数)          # 减少了一半, 超过半数: 50 %
  | (?P<halfn>(?<![上下前后多过大一两几\d])半(?=天|小时|个小时|个月|个工作日))   # 压缩至半天: 0.5 天
  | (?P<cn>
        # 上十件 is over ten, but 以上十件 is "the ten above"; 成百 is hundreds, but 完成十个 is ten
        (?P<vague>数|几|(?<!以)上|(?<![{_MADE_INTO}])成(?![百千]分之))?
        (?P<cnnum>[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+)?)
    )
    """,
    regex.VERBOSE,
)

# What may follow a number: infix qualifier, multiplier, infix again, unit, per-tail, after-qualifier.
_ARABIC_MULT = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千(?![瓦米克伏卡帕赫升])|百(?!分|帕)"
TAIL = recache.compile(
    rf"""
    (?P<infix>余|多|几|来)?
    (?:(?P<gap0>[ ]?\n?[ ]?)(?P<mult>{_ARABIC_MULT}))?
    (?P<infix2>余|多)?
    (?P<gap>[ ]?\n?[ ]?)
    (?P<unit>{alternation(UNIT_FAMILY)})?
    (?P<per>{_PER}|{_PER_BASE})?
    """,
    re.VERBOSE,
)
# Chinese numerals carry their scale inside (五十五万), so only qualifiers and a unit may follow.
CN_TAIL = recache.compile(
    rf"""
    (?P<infix>余|多|几|来)?
    (?:(?P<gap0>)(?P<mult>万亿|亿|万))?        # gap0 is always empty: it numbers the groups as in TAIL
    (?P<infix2>余|多)?
    (?P<gap>[ ]?)
    (?P<unit>{alternation(UNIT_FAMILY)})?
    (?P<per>{_PER})?
    """,
    re.VERBOSE,
)
# Where a single measure word is really the start of another word: 五大行动 is a name, 一门心思 a phrase.
_UNIT_BLOCKERS = recache.compile(
    r"个(?:体|性|别)|人(?:民|员|大|才|口)|次(?:要)|条(?:例|件)|项(?:目)|名(?:单|称|义(?!务))"
    r"|股(?:份|东|权|票|价|息|本|市|金)|周年"
    r"|对(?:于|象|接|比|照|口|外|标|应|待|此|其|全|辖|企业|群众)|顶(?:层|尖|级|端)|门(?:诊|户|槛|店|类|票|口|卫|前)"
    r"|口(?:气|价|号|径|岸|罩|腔|头|碑|味|粮)|眼(?:望|看|前|光|界)|剂(?:量|型)|节(?:约|能|省|点|日|假|水|电|目|奏)"
    r"|方(?:面|案|式|法|向|针|位|便|圆|略|阵|言|正|能|可|才|向)"  # 三方面问题: 方 as 立方米 only alone
    r"|部(?:门|署|长|委|队|落|属|分)"  # 4部门: departments, not 4部 of 门
    r"|期(?:限|望|待|货)"  # 品种一期限为5年: the term of the first tranche
    r"|列(?:入|为|举|出|席|支|车)|单(?:位|独|一|项|元|据|品|价|列|纯)|片(?:区|面|段|长)|双(?:方|向|边|重|创|拥|随机)"
    r"|班(?:子|组|级|车|长|主任|会|额|底|线|倒|制|轮|前|后)"  # 航班1.8万班 counts flights; 两班子, 三班倒 do not
    r"|科[\u4e00-\u9fff]"  # 笔试2科 counts subjects; 3科室, 三科合格率 do not
    r"|分(?:支|析|行|公司|局|院|类|布|别|中心|理处|会场|站|所|队|部)"  # 3.5 分支机构: a heading's number, no score
    r"|本(?:行|年|期|次|报告|公司|集团|院|局|单位|届|级|市|县|区|人|章|节)"  # 1.1 本年度报告: 本 is "this"
    r"|分(?:中心|局|院|公司|行|所|部|会|站|队|厂|校|理处)"  # 12366分中心, 第3分局: a branch, no points
    r"|所(?:列|示|述|载|附)"  # 表2所列四项指标: the table named, no schools
    # 炮弹3960发 counts rounds (其中3发未爆); 发现, 发放, 发布 are verbs
    r"|发(?:放|布|现|生|展|出|挥|送|行|文|证|票|起|动|改|电|热|病|育|达|言|表|明|货|包|力|函|稿|声|射|售|给|奖|薪|卡)"
)

# `regex` reads a group by name at several times the cost of by number: the hot paths use these numbers.
_N = NUMBER.groupindex
_NEG, _NUM, _VAGUE, _CNNUM, _PW, _PWN, _FD, _FN, _SA, _SB = (
    _N[name] for name in ("neg", "num", "vague", "cnnum", "pw", "pwn", "fd", "fn", "sa", "sb")
)
# Both tails number their groups alike, so that `_finish` unpacks either with `groups()`.
assert list(TAIL.groupindex.items()) == list(CN_TAIL.groupindex.items()) == [
    ("infix", 1), ("gap0", 2), ("mult", 3), ("infix2", 4), ("gap", 5), ("unit", 6), ("per", 7)
]
_INFIX, _MULT, _INFIX2, _UNIT, _PER_GROUP = 1, 3, 4, 6, 7

_PCT_AFTER = recache.compile(r"(?P<approx>左右|以上|以下|之多)?")
# No quantity in a report is written with more characters than this; longer runs are codes or noise,
# and parsing them (亿亿亿…) would cost time that grows faster than the text.
MAX_DIGITS = 24
_WIDE = Context(prec=80)
_DIGIT_RUN = recache.compile(r"[\d,.·]+|[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+")
_SPLIT_UNIT = recache.compile(r"个(?P<q>多|余|半)(?P<unit>月|小时|工作日|星期|季度)")
_TENTH = recache.compile(r"[一二三四五六七八九](?![一二三四五六七八九十百千万亿个件项名家年月天日次人])")
_SECONDS = recache.compile(r"(\d{1,2})秒")
MULT_VALUE = {k: v for k, v in lx.MULTIPLIERS.items()}


@dataclass(slots=True)
class Token:
    """A number found in the text with what stands right after it. Offsets are into the text."""

    start: int  # first character of the number (after a prefix such as 百分之 it is still the 百)
    end: int  # end of number + multiplier + infix qualifier + unit
    num_start: int
    num_end: int
    number: str  # the number as written, without multiplier
    value: Decimal | None  # number × multiplier × unit factor; None for dates and identifiers
    multiplier: Decimal = Decimal(1)
    unit_text: str = ""
    unit: str = ""
    family: str = ""  # count money percent duration measure other times ratio date ident
    approx: str | None = None
    chinese: bool = False
    vague: bool = False
    skip: str | None = None  # reason when this token is not a claim
    ratio_terms: list[tuple[int, int, str]] = field(default_factory=list)
    mult_text: str = ""
    row_head: str = ""  # the header cell of a table row that gave this cell its unit
    total: str = ""  # 合计 when the cell stands in a table's total row
    period: int | None = None  # the year (or 1 本年 / 0 上年) of the table column this cell stands in


def _tail(text: str, pos: int, chinese: bool) -> re.Match[str]:
    m = (CN_TAIL if chinese else TAIL).match(text, pos)
    assert m is not None  # every part is optional
    return m


def scan(text: str, number_cuts: Container[int] = ()) -> Iterator[Token]:
    """Every numeric token of `text` (normalised), in order; a token's tail is never scanned again.

    `number_cuts` are the line breaks that cut a number in two (a hard wrap, found by `segment`); at any
    other break between two digits the number ends.
    """
    pos = 0
    while (m := NUMBER.search(text, pos)) is not None:
        if m.lastgroup == "arabic" and "\n" in (num := m.group(_NUM)):
            cut = m.start(_NUM) + num.index("\n")
            if text[cut - 1].isdigit() and text[cut + 1].isdigit() and cut not in number_cuts:
                m = NUMBER.match(text, m.start(), cut)  # the number ends at the line break
                assert m is not None
        try:
            toks = _tokens(text, m)
        except ValueError:  # digits of another script (\d is Unicode-wide): not a report number
            toks = [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ident", skip="not a number")]
        pos = m.end()
        for tok in toks:
            if tok.end > pos:
                pos = tok.end
        yield from toks


def _tokens(text: str, m: regex.Match[str]) -> list[Token]:
    """The tokens of one match of NUMBER: one, none (a word such as 上一), or two (两三天)."""
    kind = m.lastgroup  # the outer named group of the alternative that matched
    if kind == "arabic":  # the most frequent, first
        if m.end() - m.start() > MAX_DIGITS and _too_long(m):
            return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ident",
                          skip="digit run too long")]
        return [_arabic(text, m)]
    if kind == "date":
        if ":" in m.group() and _RATIO_NAMED.search(text, max(0, m.start() - 12), m.start()):
            return [_ratio(m)]  # 三次产业结构调整为13:48:39左右, 三者比例约为34:35:31: terms, not a time of day
        return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="date", skip="date")]
    if kind == "ident":
        return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ident", skip="identifier")]
    if m.end() - m.start() > MAX_DIGITS and _too_long(m):  # no run of digits is longer than the match
        return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ident",
                      skip="digit run too long")]
    if kind == "cn":
        if not m.group(_VAGUE) and _PAIR.fullmatch(m.group(_CNNUM)):
            return _chinese_pair(text, m)
        tok = _chinese(text, m)
        return [tok] if tok is not None else []
    if kind == "pctword":
        return [_pct_word(text, m)]
    if kind == "frac":
        return [_fraction(text, m)]
    if kind == "slash":
        a, b = Decimal(m.group(_SA)), Decimal(m.group(_SB))
        if b == 0 or a > b:
            return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ident",
                          skip="not a fraction")]
        return [Token(m.start(), m.end(), m.start(), m.end(), m.group(), _percent_of(a, b), unit="%",
                      family="percent")]
    if kind == "ratio":
        return [_ratio(m)]
    if kind == "halfn":
        tok = Token(m.start(), m.end(), m.start(), m.end(), "半", Decimal("0.5"), chinese=True)
        return [_finish(text, tok, _tail(text, m.end(), chinese=True))]
    if kind == "half":
        tok = Token(m.start(), m.end(), m.start(), m.end(), m.group(), Decimal(50), unit="%", unit_text=m.group(),
                    family="percent", chinese=True)
        tail = _PCT_AFTER.match(text, m.end())
        if tail and tail.group("approx"):
            tok.approx = lx.APPROX_AFTER.get(tail.group("approx"), "more_than")
        return [tok]
    raise AssertionError(kind)  # pragma: no cover - every alternative is named


def _too_long(m: regex.Match[str]) -> bool:
    """A run of digits or numerals in the match longer than MAX_DIGITS."""
    return max(map(len, _DIGIT_RUN.findall(m.group())), default=0) > MAX_DIGITS


def _plain(x: Decimal) -> Decimal:
    """25.0 → 25: no trailing zeros after a sum of halves."""
    return x.quantize(Decimal(1)) if x == x.to_integral_value() else x


def _percent_of(a: Decimal, b: Decimal) -> Decimal:
    x = _WIDE.quantize(_WIDE.divide(a * 100, b), Decimal("0.000001"))
    return Decimal(int(x)) if x == x.to_integral_value() else x.normalize(_WIDE)


def _pct_word(text: str, m: regex.Match[str]) -> Token:
    pw, n = m.group(_PW, _PWN)
    value = parse_chinese(n) if not n[0].isdigit() else parse_number(n)
    unit, family = lx.RATE_WORD_UNITS[pw]
    end = m.end()
    tail = _PCT_AFTER.match(text, end)
    tok = Token(m.start(), end, m.start(_PWN), m.end(_PWN), m.group(), value, unit=unit, unit_text=pw,
                family=family, chinese=not n[0].isdigit())
    if tail and tail.group("approx"):
        tok.approx = lx.APPROX_AFTER.get(tail.group("approx"), "more_than")
    return tok


def _fraction(text: str, m: regex.Match[str]) -> Token:
    d, n = m.group(_FD, _FN)
    den = parse_chinese(d) if not d[0].isdigit() else parse_number(d)
    num = parse_chinese(n) if not n[0].isdigit() else parse_number(n)
    if den == 0:
        return Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="other", skip="not a fraction")
    return Token(m.start(), m.end(), m.start(), m.end(), m.group(), _percent_of(num, den), unit="%",
                 family="percent", chinese=not d[0].isdigit())


_RATIO_NAMED = regex.compile(r"(?:比|结构|构成)[^,，;；。:：\d]{0,6}$")


def _ratio(m: regex.Match[str]) -> Token:
    terms: list[tuple[int, int, str]] = []
    pos = m.start()
    for part in m.group().split(":"):
        terms.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return Token(m.start(), m.end(), m.start(), m.end(), m.group(), None, family="ratio", ratio_terms=terms)


def _arabic(text: str, m: regex.Match[str]) -> Token:
    raw, neg = m.group(_NUM, _NEG)
    start, end = m.span()
    if len(raw) > MAX_DIGITS:
        return Token(start, end, start, end, raw, None, family="ident", skip="digit run too long")
    value = parse_number(raw)
    if neg:
        value = -value
    num_start, num_end = m.span(_NUM)
    if not neg and text[start - 1 : start] in _OPEN and text[end : end + 1] in _SHUT and "," in raw:
        # 转回坏账准备(518,200.00)元: an amount in brackets before its unit is negative, as accountants write it
        tail = _tail(text, end + 1, chinese=False)
        if tail.group(_UNIT) and UNIT_FAMILY[tail.group(_UNIT)][1] == "money" and tail.group(_PER_GROUP) is None:
            tok = Token(start - 1, end + 1, num_start, num_end, text[start - 1 : end + 1], -value)
            return _finish(text, tok, tail)
    return _finish(text, Token(start, end, num_start, num_end, m.group(), value), _tail(text, end, chinese=False))


_OPEN, _SHUT = frozenset("(（"), frozenset(")）")


# Two neighbouring digits written together are a vague range: 两三天, 三四个, 七八家.
_CAPITALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
_PLAIN_DIGITS = frozenset("零〇一二两三四五六七八九十")
_CAPITAL_MONEY = recache.compile(r"[零万亿]*(?:元|圆|角|整)")  # 伍佰元整, 壹万元: amounts written in capitals
_SCALE_UNIT = recache.compile(r"千(?:克|米|瓦|公顷|伏|帕|卡)")  # units that begin with a numeral character
_PAIR = recache.compile(r"一两|两三|二三|三四|三五|四五|五六|六七|七八|八九")


def _chinese_pair(text: str, m: regex.Match[str]) -> list[Token]:
    a = m.start(_CNNUM)
    b = a + 1
    low = Token(a, b, a, b, text[a], parse_chinese(text[a]), chinese=True)
    high = _finish(text, Token(b, b + 1, b, b + 1, text[b], parse_chinese(text[b]), chinese=True),
                   _tail(text, b + 1, chinese=True))
    low.unit, low.family, low.unit_text = high.unit, high.family, ""
    if high.value is not None and low.value is not None and high.multiplier != 1:
        low.value = scale(low.value, high.multiplier)
        low.multiplier = high.multiplier
    return [low, high]


def _chinese(text: str, m: regex.Match[str]) -> Token | None:
    if m.end() - m.start(_CNNUM) > 1 and text[m.end() - 1] in "千百" and _SCALE_UNIT.match(text, m.end() - 1):
        shorter = NUMBER.match(text, m.start(), m.end() - 1)  # 一万二千千克: the last 千 begins the unit 千克
        if shorter is not None and shorter.lastgroup == "cn":
            m = shorter
    raw = m.group(_CNNUM)
    lead = len(raw) - len(raw.lstrip("".join(_CAPITALS)))
    if 0 < lead < len(raw) and raw[lead] in _PLAIN_DIGITS:
        # 队伍三支, 退伍两年: a capital that ends a word before a plain numeral is a letter of that word
        shorter = NUMBER.match(text, m.start(_CNNUM) + lead, m.end())
        if shorter is None or shorter.lastgroup != "cn":
            return None
        m = shorter
    raw, vague = m.group(_CNNUM, _VAGUE)
    if _CAPITALS.issuperset(raw) and not _CAPITAL_MONEY.match(text, m.end()):
        return None  # 队伍, 大陆, 陆续: a capital numeral outside an amount written in capitals is a letter of a word
    if len(raw) > MAX_DIGITS:
        return Token(m.start(), m.end(), m.start(), m.end(), raw, None, family="ident", skip="numeral too long")
    if vague and raw[0] not in lx.SMALL_SCALES and raw[0] not in lx.BIG_SCALES:
        # 数/几/上/成 before an ordinary numeral is just a word (上一, 成三): scan the numeral alone.
        start = m.start(_CNNUM)
        vague = None
    else:
        start = m.start()
    try:
        value = parse_chinese(raw)
    except ValueError:
        return None
    tok = Token(start, m.end(), m.start(_CNNUM), m.end(), raw if not vague else vague + raw, value, chinese=True,
                vague=bool(vague))
    if vague:
        tok.approx = "more_than"
    t = _tail(text, m.end(), chinese=True)
    return _finish(text, tok, t)


def _finish(text: str, tok: Token, t: re.Match[str]) -> Token:
    """Fold the tail (qualifier, multiplier, unit) into the token."""
    infix1, _, mult, infix2, gap, unit, per = t.groups()
    infix = infix1 or infix2
    if unit and (blocker := _UNIT_BLOCKERS.match(text, t.start(_UNIT))) and blocker.end() > t.end(_UNIT):
        unit = None  # 个人, 条例: the measure word begins a longer word (but 方面 is a unit of its own)
    if infix and not unit:
        if infix == "来":
            infix = None  # 来 only qualifies before a unit: 十来个
        if infix == "多" and not mult:
            infix = None  # 10多 with nothing after is rare; 多 more likely starts the next word
        if infix == "几" and not mult:
            infix = None
    end = tok.end
    if infix:
        tok.approx = lx.APPROX_INFIX[infix]
        end = max(end, t.end(_INFIX) if infix1 else t.end(_INFIX2))
    if mult and tok.value is not None:
        tok.multiplier = MULT_VALUE[mult]
        tok.mult_text = mult
        tok.value = scale(tok.value, tok.multiplier)
        end = max(end, t.end(_MULT))
    if unit and gap and "\n" in gap and len(unit) == 1 and UNIT_FAMILY[unit][1] in ("count", "duration"):
        # a line break before a one-character measure word is more likely a new line of text (公告编号：2025-031⏎天衡…)
        unit = None
    split = _SPLIT_UNIT.match(text, t.start(_UNIT)) if unit == "个" else None
    if split:  # 3个多月, 一个半小时: the qualifier stands inside the unit
        unit = "个" + split.group("unit")  # 个月, 个小时 …
        tok.approx = tok.approx or ("more_than" if split.group("q") in ("多", "余") else None)
        if split.group("q") == "半" and tok.value is not None:
            tok.value += Decimal("0.5")  # 两个半月
    if unit:
        base, family, factor = UNIT_FAMILY[unit]
        tok.unit_text = (mult or "") + (split.group() if split else unit)
        tok.unit = base
        tok.family = family
        if tok.value is not None:
            tok.value = scale(tok.value, factor)
        end = split.end() if split else t.end(_UNIT)
        tenth = _TENTH.match(text, end) if unit == "成" and tok.value is not None else None
        if tenth and tok.value is not None:  # 六成四 = 64 %, 九成五 = 95 %
            tok.value = _plain(tok.value + lx.DIGITS[tenth.group()])
            tok.unit_text += tenth.group()
            end += 1
        if unit in ("成", "倍") and text.startswith("半", end) and tok.value is not None:
            tok.value = _plain(tok.value + scale(Decimal("0.5"), factor))  # 两成半 = 25 %, 一倍半 = 1.5 倍
            tok.unit_text += "半"
            end += 1
        seconds = _SECONDS.match(text, end) if unit == "分" and tok.value is not None else None
        if seconds and tok.value is not None:  # 3分12秒: minutes and seconds, a duration in seconds
            tok.value = tok.value * 60 + Decimal(seconds.group(1))
            tok.unit, tok.family, tok.unit_text = "秒", "duration", text[t.start(_UNIT) : seconds.end()]
            end = seconds.end()
        elif per and not split:
            if per != "/股":  # 0.95元/股: a sum per share keeps its currency, as 每股收益0.25元 does
                tok.unit = base + "/" + per.lstrip("/每")
            tok.unit_text += per
            end = t.end(_PER_GROUP)
    elif per and per.startswith("/") and per[1:2] in "1十百千万" and tok.value is not None:
        tok.unit, tok.family, tok.unit_text = per, "other", (mult or "") + per  # 8.9/10万: a rate per 100,000
        end = t.end(_PER_GROUP)
    elif mult:
        tok.unit_text = mult
    tok.end = end
    return tok
