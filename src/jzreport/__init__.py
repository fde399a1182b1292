"""jzreport: every numeric claim of a Chinese report, as validated records, and whether they add up.

>>> [c.text for c in extract("已进驻中介机构483家,成交金额1000.2万元。")]
['483家', '1000.2万元']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Check", "Claim", "__version__", "check", "check_text", "extract"]

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .records import Check, Claim


def extract(text: str) -> list[Claim]:
    """Every numeric claim of `text`, in text order."""
    from .pipeline import extract_claims

    return extract_claims(text)


def check(claims: Sequence[Claim], text: str | None = None) -> list[Check]:
    """Every relation between `claims` that can be recomputed, with its verdict.

    Given `text`, the document the claims were read from, its paragraphs and headings make pairing firmer.
    """
    from .checks import run_checks

    return run_checks(claims, text)


def check_text(text: str) -> list[Check]:
    """`check(extract(text), text)`: the checks the CLI prints for `text`."""
    return check(extract(text), text)


def __getattr__(name: str) -> object:
    if name in ("Claim", "Check"):
        from . import records

        return getattr(records, name)
    raise AttributeError(name)
