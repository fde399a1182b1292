"""PDF → text: the text layer of each page (pypdf, in the `formats` extra), with the page furniture
dropped and wrapped lines joined again, so a claim that the layout broke (`23.8\\n万吨`) is one claim.

pypdf was chosen over pdfminer.six on Chinese PDFs that LibreOffice wrote from Word files (embedded
subset fonts, Noto Serif CJK and WenQuanYi): pdfminer read each table column as a block, where pypdf
kept one table row per line, and was slower (0.08 s against 0.05 s for three pages). pdfminer put a
space between digits and Chinese wherever the layout leaves a gap (`483 家`); pypdf did so in one of the
two documents, and also between the letters of stretched justified lines; `_close_up` takes those
spaces out of prose lines. Both read reportlab's
non-embedded STSong-Light font correctly.
"""

from __future__ import annotations

import io
import logging
import statistics
import unicodedata
import warnings
from collections import Counter

import regex

from . import EXTRA_HINT, FormatError, missing_extra

# A PDF ends with %%EOF; writers may add a little junk after it, a truncated download never has it.
_TAIL_BYTES = 4096

# Lines that are only a page number: `- 3 -`, `—3—`, `第3页`, `第 3 页 共 12 页`, `3/12`, `Page 3`.
_PAGE_NUMBER = regex.compile(
    r"""
    ^ \s* (?:
        [-—–－~～]+ \s* \d+ \s* [-—–－~～]+
      | 第 \s* \d+ \s* 页 (?: \s* [,，/]? \s* 共 \s* \d+ \s* 页 )?
      | \d+ \s* / \s* \d+
      | (?i: page ) \s* \d+ (?: \s* (?i: of ) \s* \d+ )?
    ) \s* $
    """,
    regex.VERBOSE,
)
# Lines that open a heading or list item: 一、 （一） 第一章 第二节 1. 1、 ①. Never joined to the line above.
_HEADING_START = regex.compile(
    r"""
    ^ \s* (?:
        [一二三四五六七八九十百零〇]+ 、
      | [（(] \s* [一二三四五六七八九十百零〇\d]+ \s* [）)]
      | 第 [一二三四五六七八九十百零〇\d]+ [章节部分篇编]
      | \d+ (?: [.．]\d+ )* [、.．] (?! \d )
      | [\u2460-\u2473\u2776-\u277f]           # ① … ⑳, ❶ … ❿
    )
    """,
    regex.VERBOSE,
)
# Characters that end a sentence (then the line break stays): 。！？；… and a closing quote after them.
_SENTENCE_END = regex.compile(r"[。！？!?；;…][”’」』》）)]*\s*$")
_ASCII_LETTER = regex.compile(r"[A-Za-z]")
# Spaces that layout put between Chinese characters, or between Chinese and a number: letter-spaced
# justified lines and the gap LibreOffice and Word leave between Chinese and Western text come out as
# spaces (`执 法 检 查 4.3% ，`, `6470 项`). Chinese prose has no spaces there.
_WIDE = r"[\p{Han}\u3000-\u303f\uff01-\uffee]"
_LAYOUT_SPACE = regex.compile(rf"(?<={_WIDE}) +(?=\S)|(?<=\S) +(?={_WIDE})")
# Prose lines have Chinese punctuation; table rows, whose cells the spaces separate, seldom do.
_PROSE_PUNCTUATION = regex.compile(r"[，。；：、！？]")
_WORDY = regex.compile(r"[\p{Han}A-Za-z]")
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page may be furniture
_FURNITURE_SHARE = 0.6  # a line repeated at the edge of this share of pages (and at least two) is furniture
_MAX_FURNITURE_WIDTH = 60  # running heads are short; a repeated long line is text
_FULL_LINE = 0.7  # a line this share of the document's usual line width was wrapped, not ended
_MIN_PROSE_WIDTH = 24  # below this usual width (12 Chinese characters) the lines are not prose: join nothing


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF's pages, furniture dropped and wrapped lines joined."""
    return rejoin(pdf_pages(data))


def pdf_pages(data: bytes) -> list[str]:
    """The text layer of each page as pypdf reads it."""
    try:
        import pypdf
    except ImportError:
        raise missing_extra(".pdf") from None
    if b"%PDF-" not in data[:1024]:
        raise FormatError("not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-_TAIL_BYTES:]:
        raise FormatError("truncated PDF (no %%EOF end marker)")
    # pypdf logs and warns about every oddity it repairs; those are not the user's business.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                _decrypt(reader)
            pages = [page.extract_text() or "" for page in reader.pages]
    except FormatError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files; none may escape as a traceback
        raise FormatError(f"corrupt PDF ({type(e).__name__}: {e})") from None
    finally:
        logger.setLevel(level)
    if not any(page.strip() for page in pages):
        raise FormatError(f"no text layer in {len(pages)} page(s) (a scanned PDF?); run OCR on it first")
    return pages


def _decrypt(reader: object) -> None:
    """Open a PDF locked only against copying (empty user password), as most published ones are."""
    from pypdf.errors import DependencyError

    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except DependencyError:
        raise FormatError(
            f"reading this encrypted PDF needs the cryptography package: {EXTRA_HINT}"
        ) from None
    if not opened:
        raise FormatError("the PDF is password-protected")


def rejoin(pages: list[str]) -> str:
    """Pages' lines as one text: running heads, feet and page numbers dropped, wrapped lines joined.

    >>> rejoin(["全年处置固体废物已达到较高水平，其中一般工业固体废物23.8", "万吨，同比增长12.5%。"])
    '全年处置固体废物已达到较高水平，其中一般工业固体废物23.8万吨，同比增长12.5%。'
    >>> rejoin(["一、主要工作", "全市已进驻中介机构483家。"])
    '一、主要工作\\n全市已进驻中介机构483家。'
    """
    page_lines = [[_close_up(line.strip()) for line in page.splitlines()] for page in pages]
    page_lines = [[line for line in lines if line] for lines in page_lines]
    repeated = _repeated_edge_lines(page_lines)
    # Running heads are left out of the usual width: they are many, and as wide as a title.
    all_lines = [line for lines in page_lines for line in lines]
    usual = _usual_width([line for line in all_lines if _furniture_key(line) not in repeated] or all_lines)
    out: list[str] = []
    previous_alone = False
    for line, alone in _drop_furniture(page_lines, repeated, usual):
        if out and not previous_alone and not alone and _joins(out[-1], line, usual):
            glue = " " if _ASCII_LETTER.match(out[-1][-1]) and _ASCII_LETTER.match(line[0]) else ""
            out[-1] = out[-1] + glue + line
        else:
            out.append(line)
        previous_alone = alone
    return "\n".join(out)


def _close_up(line: str) -> str:
    """A prose line without the spaces that layout put around Chinese characters.

    >>> _close_up("同比 增 长 13.5% ， 全年开展中介机构4072 家")
    '同比增长13.5%，全年开展中介机构4072家'
    >>> _close_up("行政复议案件 255件 312件")
    '行政复议案件 255件 312件'
    """
    return _LAYOUT_SPACE.sub("", line) if _PROSE_PUNCTUATION.search(line) else line


def _joins(previous: str, line: str, usual: float) -> bool:
    """Whether `line` continues `previous`: the previous line ran to the margin without ending a
    sentence, and this one does not open a heading or list item."""
    return (
        usual >= _MIN_PROSE_WIDTH
        and _width(previous) >= _FULL_LINE * usual
        and not _SENTENCE_END.search(previous)
        and not _HEADING_START.match(line)
    )


def _usual_width(lines: list[str]) -> float:
    """The width of a full line of text: the median width of the lines at least half as wide as the
    widest (so headings, table cells and paragraph ends do not pull it down)."""
    widths = [_width(line) for line in lines]
    if not widths:
        return 0
    widest = max(widths)
    return statistics.median(w for w in widths if 2 * w >= widest)


def _repeated_edge_lines(page_lines: list[list[str]]) -> set[str]:
    """Keys of the lines found at the top, or at the bottom, of most pages (at least two)."""
    if len(page_lines) < 2:
        return set()
    needed = max(2, round(_FURNITURE_SHARE * len(page_lines)))
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in page_lines:
        edge = _edge_size(lines)
        tops.update({_furniture_key(line) for line in lines[:edge]})
        bottoms.update({_furniture_key(line) for line in lines[len(lines) - edge :]})
    return {key for counts in (tops, bottoms) for key, n in counts.items() if n >= needed}


def _edge_size(lines: list[str]) -> int:
    """How many lines at each end of a page may be furniture: fewer on a page of few lines."""
    return _EDGE_LINES if len(lines) > 2 * _EDGE_LINES else 1


def _drop_furniture(page_lines: list[list[str]], repeated: set[str], usual: float) -> list[tuple[str, bool]]:
    """The lines of all pages without page numbers and without lines repeated at the top or bottom
    of most pages, each with whether it must stand alone (never be joined to a neighbour).

    The first copy of a repeated line with words in it is kept, standing alone: a table's header row
    repeated on every page must survive once. Only short lines count as repeated furniture: a full
    line that recurs is text that recurs.
    """
    max_width: float = _MAX_FURNITURE_WIDTH
    if usual >= _MIN_PROSE_WIDTH:
        max_width = min(max_width, _FULL_LINE * usual)
    seen: set[str] = set()
    out: list[tuple[str, bool]] = []
    for lines in page_lines:
        edge = _edge_size(lines)
        for i, line in enumerate(lines):
            near_edge = i < _EDGE_LINES or i >= len(lines) - _EDGE_LINES
            at_edge = i < edge or i >= len(lines) - edge
            key = _furniture_key(line)
            if near_edge and _PAGE_NUMBER.match(line):
                continue
            if at_edge and key in repeated and _width(line) < max_width:
                first = key not in seen
                seen.add(key)
                if first and _WORDY.search(key):
                    out.append((line, True))
                continue
            out.append((line, False))
    return out


def _furniture_key(line: str) -> str:
    """The line with digits and spaces folded, so `- 3 -` matches `- 4 -` and `第3期` matches `第4期`."""
    return regex.sub(r"\s+", "", regex.sub(r"\d+", "#", line))


def _width(line: str) -> int:
    """Display width: Chinese and full-width characters count two, others one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
