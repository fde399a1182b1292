"""Text hygiene that never moves an offset: every character maps to exactly one character.

Matching runs on the normalised text; spans and texts in the output are sliced from the original, so
`input[start:end] == claim.text` holds whatever the input looked like.
"""

from __future__ import annotations

import re

from . import recache
from .lexicon import TRADITIONAL

_TABLE: dict[int, str] = {}
# Full-width ASCII forms (！ … ～) → ASCII.
for _cp in range(0xFF01, 0xFF5F):
    _TABLE[_cp] = chr(_cp - 0xFEE0)
_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        0x2002: " ",
        0x2003: " ",
        0x2009: " ",  # thin space
        0x202F: " ",  # narrow no-break space
        0x200B: " ",  # zero-width space
        0x200C: " ",
        0x200D: " ",
        0x2060: " ",
        0xFEFF: " ",  # BOM / zero-width no-break space
        0x00AD: " ",  # soft hyphen
        0x000D: "\n",  # \r\n becomes a paragraph break, \r alone a line break
        0x2028: "\n",
        0x2029: "\n",
        0x2212: "-",  # minus sign
        0x2013: "-",  # en dash, used in ranges
        0x2014: "—",
        0x301C: "~",  # wave dash
        0xFE50: ",",
        0xFE51: "、",
        0xFE52: ".",
        0xFE54: ";",
        0xFE55: ":",
        0x2474: "(",  # ⑴ keeps a single character; treated as a list marker by its shape below
    }
)
_TABLE[0x2236] = ":"  # ratio colon: 10.7∶39.5∶49.8
_TABLE[0xFE30] = ":"  # presentation-form two-dot leader
_TABLE.update({ord(t): s for t, s in TRADITIONAL.items()})  # 萬 → 万, 億 → 亿, 約 → 约 …
_REPLACE = {chr(cp): to for cp, to in _TABLE.items()}
# No character is mapped to another one that is mapped again (— maps to itself), so replacing one character at
# a time equals a translation; it is faster, since a report holds only a few of the characters mapped.
assert all(to == ch or to not in _REPLACE for ch, to in _REPLACE.items())
_MAPPED = frozenset(_REPLACE)


def normalize(text: str) -> str:
    """Map full-width forms, odd spaces and line separators to plain ones, one character for one.

    >>> normalize("增长５．７％，")
    '增长5.7%,'
    >>> len(normalize("a\\r\\nb")) == len("a\\r\\nb")
    True
    """
    if "\u3000" in text:  # a wide space between words splits the cells of a table row; leading ones indent
        text = _INNER_WIDE.sub(_as_tabs, text)
    for ch in _MAPPED.intersection(text):
        text = text.replace(ch, _REPLACE[ch])
    return text


# (a plain space beside the wide ones, as right-aligned figures have them, is part of the gap)
_INNER_WIDE = recache.compile(r"(?<=[^\s\u3000])[ ]*\u3000[\u3000 ]*(?=[^\s\u3000])")


def _as_tabs(m: re.Match[str]) -> str:
    text, a, b = m.string, m.start(), m.end()
    if _lone_han(text, a - 1) and _lone_han(text, b):
        return " " * (b - a)  # 合　　计: one label spaced out to its column's width, not two cells
    return "\t" * (b - a)


def _lone_han(text: str, i: int) -> bool:
    """Whether text[i] is a CJK character with no other character of its word on either side."""
    if not (0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"):
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return before in _GAPS and after in _GAPS


_GAPS = frozenset(" \t\n\u3000")
