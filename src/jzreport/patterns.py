"""Building blocks for the regexes compiled from the lexicon tables.

Which engine compiles a pattern: the standard `re` wherever the pattern needs nothing more, since a call on a
short slice costs about half as much as with `regex`; `regex` for \\p{…} classes, variable-width lookbehind,
reverse search (?r), and the few patterns that `regex` runs measurably faster (whole-text scans, sub over
phrases). The two agree on every pattern that both accept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import regex

from . import lexicon as lx
from . import recache


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that 个工作日 wins over 个.

    >>> alternation(["个", "个工作日", "元"])
    '个工作日|个|元'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class Lazy:
    """A pattern compiled on first use, for the patterns that most texts never need (a table's headers).

    It stands for the compiled pattern: `_HEAD_UNIT.match(s)` compiles it once, and from then on each
    method is read straight from the compiled pattern.
    """

    def __init__(self, compile: Callable[..., Any], pattern: str | bytes, flags: int = 0) -> None:
        self._args = (compile, pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:  # only called for what is not yet copied from the pattern
        if self._compiled is None:
            compile, pattern, flags = self._args
            self._compiled = compile(pattern, flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value


# A currency written before a number (人民币2138百万元, HK$0.25): shared by the filters and the qualifiers.
CURRENCY_BEFORE = recache.compile(rf"(?:{alternation(lx.CURRENCY_PREFIXES)})[ ]?$")
# 是上年的2倍, 分别是2020年的1.35倍和1.82倍, 是1990年的近4倍: a multiple of a baseline, the words before it up to
# the number; for the kinds (a change) and the checks (the ratio itself, never the ratio less one)
MULTIPLE_OF = recache.compile(
    r"(?:是|为|相当于|达到?)[^,;。，；]{0,24}?的(?:近|约|将近|接近)?(?:[^,;。，；的]{0,8}?倍[和、及与])?$"
)
# 联合7部门, 覆盖12省市: a noun counted with no measure word (not 3市级, 两省交界), for the filters and subjects
COUNTED_AFTER = recache.compile(rf"(?:{alternation(lx.COUNTED_WITHOUT_MEASURE)})(?![级长委场民内外属直界交份])")


# 表2  主要指标（单位：亿元）, 附表1-2, 续表: the label a table's caption opens with
TABLE_CAPTION = r"\s*(?:附表|续表|表)\s?[\d一二三四五六七八九十]+(?:[-.－]\d+)?"
# Bullets and emoji that open a line or an item (▶ ● ■ ★ ✅ 📈), as a character class: geometric shapes (but ○,
# which stands for zero in 二○二四), symbols and dingbats, arrows in the supplementary blocks, and emoji.
BULLETS = "[\u25a0-\u25ca\u25cc-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
# 八大类价格“五涨二降一平”, 主要指标“三升两降”: how many kinds went up, down or stayed, each a count
UPS_AND_DOWNS = recache.compile(
    r"""
    (?<![一二两三四五六七八九十])
    [一二两三四五六七八九十]{1,2}[涨升增]              # 五涨, 三升: so many went up
    [一二两三四五六七八九十]{1,2}[降跌减]              # 二降, 两降: so many went down
    (?:[一二两三四五六七八九十]{1,2}(?:平|持平))?     # 一平: so many stayed level
    """,
    regex.VERBOSE,
)
