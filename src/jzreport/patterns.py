"""Building blocks for the regexes compiled from the lexicon tables."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that 个工作日 wins over 个.

    >>> alternation(["个", "个工作日", "元"])
    '个工作日|个|元'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
