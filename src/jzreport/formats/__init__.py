"""Turning one input format into plain text: `text` (bytes → str), `html`, `docx`, `pdf`.

Each module works on bytes or str and knows nothing of file names; it raises `FormatError` with the
cause, and `jzreport.reading` puts the file name in front.
"""

from __future__ import annotations

EXTRA_HINT = "pip install 'jzreport[formats]'"


class FormatError(Exception):
    """The content cannot be turned into text; the message says why, without the file name."""


def missing_extra(what: str) -> FormatError:
    """The error for a format whose parser lives in the optional extra."""
    return FormatError(f"reading {what} needs the optional extra: {EXTRA_HINT}")
