"""Building blocks for the regexes compiled from the lexicon tables.

Which engine compiles a pattern: the standard `re` wherever the pattern needs nothing more, since a call on a
short slice costs about half as much as with `regex`; `regex` for \\p{…} classes, variable-width lookbehind,
reverse search (?r), and the few patterns that `regex` runs measurably faster (whole-text scans, sub over
phrases). The two agree on every pattern that both accept.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that 个工作日 wins over 个.

    >>> alternation(["个", "个工作日", "元"])
    '个工作日|个|元'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
