"""Reading input: a path or stdin → a `Document` holding the plain text that extraction sees.

Formats: plain text in UTF-8 (with or without BOM), GB18030/GBK/GB2312, UTF-16/32 or Big5, detected
(see `jzreport.formats.text`) or forced with `encoding=`; HTML pages; Word `.docx`; PDF text layers.
The format is chosen by content first (`%PDF`, a zip holding a Word document, `<html`/`<!doctype`),
then by extension; `fmt=` overrides both. HTML and plain text need no extra, nor does `.docx`; PDF
needs `pip install 'jzreport[formats]'` (pypdf), and HTML is parsed with lxml when that is present.

The text is returned as decoded, with a leading byte-order mark removed and nothing else changed
(line ends included), so every offset a user sees is an offset into `jzreport text FILE`.

Every failure is an `InputError` whose message is one line: the file, a colon, the cause.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .formats import FormatError

# Inputs larger than this are refused before reading: a 100 MB report is read, a 2 GB dump is not.
MAX_INPUT_BYTES = 256 * 1024 * 1024

FORMATS = ("txt", "html", "docx", "pdf")
STDIN = "-"

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx"})
_PDF_SUFFIXES = frozenset({".pdf"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls/.wps
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_OPENINGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<p>",
    b"<table",
)
_SNIFF_BYTES = 1024


class InputError(Exception):
    """An input that cannot be read; the message is one line naming the file and the cause.

    `source` is the path as given ('-' for stdin) and `reason` the cause alone, for JSON output.
    """

    def __init__(self, message: str, *, source: str | None = None, reason: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.reason = reason if reason is not None else message


@dataclass(frozen=True)
class Document:
    """The text of one input and how it was read.

    `encoding` is the codec the bytes were decoded with ('utf-8', 'utf-8-sig', 'gb18030', 'big5',
    'utf-16-le', …), None for .docx and .pdf, whose text is not a byte encoding of the file.
    `format` is one of FORMATS.
    """

    source: str
    text: str
    encoding: str | None = None
    format: str | None = None


def read_source(
    source: str,
    encoding: str | None = None,
    fmt: str | None = None,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Document:
    """Read `source` (a path, or '-' for stdin) into a Document; raises InputError for bad input."""
    try:
        return _read(source, encoding, fmt, max_bytes)
    except FormatError as e:
        raise _error(source, str(e)) from None


def _error(source: str, reason: str) -> InputError:
    name = "<stdin>" if source == STDIN else source
    return InputError(f"{name}: {reason}", source=source, reason=reason)


def _read(source: str, encoding: str | None, fmt: str | None, max_bytes: int) -> Document:
    if fmt is not None and fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r} (choose one of {', '.join(FORMATS)})")
    data = _read_bytes(source, max_bytes)
    if not data:
        raise FormatError("empty input" if source == STDIN else "empty file")
    suffix = "" if source == STDIN else Path(source).suffix.lower()
    kind = fmt or _sniff(data, suffix)
    if kind == "pdf":
        from .formats.pdf import pdf_to_text

        return Document(source, _nonblank(pdf_to_text(data), "PDF"), None, "pdf")
    if kind == "docx":
        from .formats.docx import docx_to_text

        return Document(source, _nonblank(docx_to_text(data, max_xml_bytes=max_bytes), ".docx"), None, "docx")

    from .formats.text import decode

    html_hint = kind == "html" or suffix in _HTML_SUFFIXES or _html_bytes(data[:_SNIFF_BYTES])
    decoded = decode(data, encoding, html=html_hint)  # a page's <meta charset> is believed
    if kind is None:  # text or HTML: look at the decoded start, which also covers UTF-16 pages
        kind = "html" if suffix in _HTML_SUFFIXES or _looks_like_html(decoded.text) else "txt"
    if kind == "html":
        from .formats.html import html_to_text

        text = _nonblank(html_to_text(decoded.text), "HTML page")
        return Document(source, text, decoded.encoding, "html")
    return Document(source, _nonblank(decoded.text, "file"), decoded.encoding, "txt")


def _read_bytes(source: str, max_bytes: int) -> bytes:
    if source == STDIN:
        if sys.stdin is None:
            raise FormatError("no standard input")
        try:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is not None:
                data = stream.read(max_bytes + 1)
            else:  # a text stream put in place of stdin (tests, embedding): its text as UTF-8
                data = sys.stdin.read(max_bytes + 1).encode("utf-8", "surrogateescape")
        except OSError as e:
            raise FormatError(f"cannot read ({e.strerror or e})") from None
    else:
        try:
            with open(source, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes:
                    raise FormatError(f"file too large ({_size(size)}; the limit is {_size(max_bytes)})")
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise FormatError("no such file") from None
        except IsADirectoryError:
            raise FormatError("is a directory, not a file") from None
        except PermissionError:
            raise FormatError("permission denied") from None
        except OSError as e:  # a device error, a name too long, …
            raise FormatError(f"cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:  # a pipe or a device, whose size was not known in advance
        raise FormatError(f"input too large (over the {_size(max_bytes)} limit)")
    return data


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _sniff(data: bytes, suffix: str) -> str | None:
    """'pdf' or 'docx' by magic bytes; None for text or HTML (decided after decoding)."""
    head = data[:_SNIFF_BYTES]
    if b"%PDF-" in head:  # the header may follow a little junk
        return "pdf"
    if data.startswith(_ZIP_MAGICS):
        return "docx"  # the docx reader says what other zip files are
    if data.startswith(_OLE_MAGIC):
        raise FormatError("a legacy binary Office file (.doc, .wps or .xls); save it as .docx first")
    if data.startswith(b"{\\rtf"):
        raise FormatError("RTF is not supported; save it as .docx or plain text first")
    if suffix in _PDF_SUFFIXES and not _html_bytes(head):
        raise FormatError("not a PDF (no %PDF header; truncated or mislabelled?)")
    if suffix in _DOCX_SUFFIXES and not _html_bytes(head):
        raise FormatError("not a .docx (no zip signature; truncated or mislabelled?)")
    return None


def _html_bytes(head: bytes) -> bool:
    return _looks_like_html(head.decode("latin-1"))


def _looks_like_html(text: str) -> bool:
    """Whether `text` opens like a web page (saved pages often have a .doc or .txt name)."""
    start = text[:_SNIFF_BYTES].lstrip("\ufeff \t\r\n").lower()
    while start.startswith(("<!--", "<?xml")):  # comments and an XML declaration may come first
        end = start.find("-->" if start.startswith("<!--") else "?>")
        if end < 0:
            return False
        start = start[end + 3 if start.startswith("<!--") else end + 2 :].lstrip()
    return start.startswith(tuple(opening.decode() for opening in _HTML_OPENINGS))


def _nonblank(text: str, what: str) -> str:
    if not text.strip():
        raise FormatError(f"no text in this {what}")
    return text
