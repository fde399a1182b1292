"""HTML page → the report's text: no scripts, styles, navigation, headers or footers; one line per
paragraph, heading, list item or table row, table cells separated by a tab.

The tree comes from lxml when the `formats` extra is installed (libxml2: fast, forgiving of the broken
markup government sites serve), else from the standard library's `html.parser` with simple end-tag
repair. Both feed the same walker, which follows the browser's `innerText` in spirit: blocks break
lines, `<br>` breaks a line, runs of white space collapse to one space, and a source line break between
two Chinese characters (or a Chinese character and a digit, as in `23.8\\n万吨`) vanishes, so a claim
that the page's source wraps stays whole.

Boilerplate is removed by tag (`nav`, `aside`, `script`, …; `header`/`footer` outside an `article` or
`main`), by `hidden`/`display:none`, and by class or id words (nav, menu, footer, breadcrumb, share, …).
An element whose class or id also names content (article, content, text, …), or that holds more than
half the page's text, is kept: a mislabelled wrapper must not swallow the report. libxml2 drops what is
nested deeper than its limit, so such pages go to the fallback parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import regex

# fmt: off
_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "video", "audio", "map", "nav", "aside", "button",
    "select", "option", "optgroup", "textarea", "input", "datalist", "dialog",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
    "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "caption", "ul", "tr",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "frame",
})
# Class/id words that mark page furniture on government sites (当前位置 is often `position`/`dqwz`,
# 无障碍 `wza`, 分享 `fenxiang`/`bdshare`, 友情链接 `yqlj`).
_BOILERPLATE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "foot", "header", "head",
    "top", "topbar", "bottom", "toolbar", "banner", "breadcrumb", "breadcrumbs", "bread", "crumb",
    "crumbs", "position", "location", "dqwz", "weizhi", "share", "sharing", "bdshare", "fenxiang",
    "social", "sidebar", "copyright", "search", "searchbox", "login", "skip", "skiplink", "pagination",
    "pager", "sitemap", "friendlink", "yqlj", "wza", "print",
})
# fmt: on
_CONTENT_WORDS = frozenset(
    {"article", "content", "text", "detail", "details", "zoom", "editor", "trs", "title", "con"}
)
_PAGE_FURNITURE_TAGS = frozenset({"header", "footer"})
_CONTENT_SECTIONS = frozenset({"article", "main"})
_CELL_TAGS = frozenset({"td", "th"})
# Split `mainNav`, `nav-bar`, `TRS_Editor`, `header_wrap` into lowercase words.
_WORD = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_XML_DECLARATION = regex.compile(r"\A\s*<\?xml[^>]*\?>")

# The writer's private mark; control characters are stripped from the page's text, so it cannot
# come from the page.
_CELL_MARK = "\x1f"
_PRIVATE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Characters set solid in Chinese typesetting: Han, CJK punctuation, full-width forms.
_WIDE = r"[\p{Han}\u3000-\u303f\uff01-\uffee]"
_SPACE_RUN = regex.compile(r"[ \t\n\r\f]+")
# A source line break that a browser would show as a space, but that splits Chinese text.
_CJK_SEGMENT_BREAK = regex.compile(
    rf"""
      (?<= {_WIDE} )              [ \t\r\f]* \n [ \t\n\r\f]* (?= {_WIDE} | [0-9A-Za-z] )
    | (?<= [0-9A-Za-z%.] )        [ \t\r\f]* \n [ \t\n\r\f]* (?= {_WIDE} )
    """,
    regex.VERBOSE,
)
_SPACE_AROUND_CELL = regex.compile(rf" *{_CELL_MARK} *")


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


def html_to_text(markup: str) -> str:
    """The visible report text of an HTML page, one block per line."""
    root = _parse(_PRIVATE.sub("", _XML_DECLARATION.sub("", markup, count=1)))
    return _render(root)


def _parse(markup: str) -> _Node:
    try:
        import lxml.html
    except ImportError:
        return _parse_stdlib(markup)
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except Exception:  # lxml refuses some inputs (e.g. nothing but a comment); the fallback does not
        return _parse_stdlib(markup)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return _parse_stdlib(markup)  # libxml2 silently drops what lies deeper than its limit
    return _from_lxml(tree)


def _from_lxml(tree: Any) -> _Node:
    """Copy an lxml tree (text/tail model) into nodes, without recursion."""
    root = _Node(str(tree.tag).lower(), dict(tree.attrib))
    stack: list[tuple[Any, _Node]] = [(tree, root)]
    while stack:
        element, node = stack.pop()
        if element.text:
            node.children.append(element.text)
        for child in element:
            if isinstance(child.tag, str):  # not a comment or processing instruction
                child_node = _Node(child.tag.lower(), {k.lower(): v for k, v in child.attrib.items()})
                node.children.append(child_node)
                stack.append((child, child_node))
            if child.tail:
                node.children.append(child.tail)
    return root


class _TreeBuilder(HTMLParser):
    """A forgiving tree from `html.parser`: unknown end tags are ignored, unclosed ones closed."""

    # Starting one of these closes an open element of the same tag (`<p>a<p>b`, `<li>`, `<td>`).
    _SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "td", "th", "tr", "dt", "dd", "option"})
    _SCOPE_LIMITS = frozenset({"table", "ul", "ol", "dl", "div", "body", "html"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SELF_CLOSING_SIBLINGS:
            self._close_sibling(tag)
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_sibling(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag == tag:
                del self.stack[depth:]
                return
            if open_tag in self._SCOPE_LIMITS:
                return


def _parse_stdlib(markup: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


def _words(node: _Node) -> set[str]:
    names = f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}"
    return {word.lower() for word in _WORD.findall(names)}


def _is_hidden(node: _Node) -> bool:
    return (
        "hidden" in node.attrs
        or node.attrs.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(node.attrs.get("style", "")))
    )


def _text_lengths(root: _Node) -> dict[int, int]:
    """Characters of text under each node (by id), counted without recursion."""
    lengths: dict[int, int] = {}
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(child for child in node.children if isinstance(child, _Node))
    for node in reversed(order):  # children before parents
        lengths[id(node)] = sum(
            lengths[id(child)] if isinstance(child, _Node) else len(child.strip()) for child in node.children
        )
    return lengths


def _render(root: _Node) -> str:
    lengths = _text_lengths(root)
    total = lengths[id(root)]
    writer = _Writer()
    # Events: a node to enter, or a closing mark ("end", node).
    stack: list[_Node | str | tuple[str, _Node]] = [root]
    in_content = 0  # depth of article/main elements around the current node
    in_pre = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            writer.text(item, pre=in_pre > 0)
            continue
        if isinstance(item, tuple):
            node = item[1]
            in_content -= node.tag in _CONTENT_SECTIONS
            in_pre -= node.tag == "pre"
            if node.tag in _BLOCK_TAGS:
                writer.end_block()
            continue
        node = item
        if _skipped(node, in_content > 0, lengths[id(node)], total):
            continue
        if node.tag == "br":
            writer.line_break()
            continue
        if node.tag in _CELL_TAGS:
            writer.start_cell()
        elif node.tag in _BLOCK_TAGS:
            writer.end_block()
            if node.tag == "tr":
                writer.start_row()
        in_content += node.tag in _CONTENT_SECTIONS
        in_pre += node.tag == "pre"
        stack.append(("end", node))
        stack.extend(reversed(node.children))
    return writer.result()


def _skipped(node: _Node, in_content: bool, length: int, total: int) -> bool:
    if node.tag in _SKIPPED_TAGS or _is_hidden(node):
        return True
    if node.tag in _PAGE_FURNITURE_TAGS:
        return not in_content
    words = _words(node)
    return bool(words & _BOILERPLATE_WORDS) and not words & _CONTENT_WORDS and length <= total / 2


class _Writer:
    """Collects text into lines; white space is collapsed when a line is finished."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.row_has_cell = False

    def text(self, data: str, *, pre: bool) -> None:
        data = _PRIVATE.sub("", data)  # character references can make them after parsing
        if pre:
            first, *rest = data.split("\n")
            self.current.append(first)
            for line in rest:
                self.line_break()
                self.current.append(line)
        else:
            self.current.append(data)

    def line_break(self) -> None:
        self._flush(keep_empty=True)

    def end_block(self) -> None:
        self._flush(keep_empty=False)

    def start_row(self) -> None:
        self.row_has_cell = False

    def start_cell(self) -> None:
        if self.row_has_cell and self.current:
            self.current.append(_CELL_MARK)
        self.row_has_cell = True

    def _flush(self, *, keep_empty: bool) -> None:
        line = _collapse("".join(self.current))
        self.current = []
        if line.strip() or (keep_empty and self.lines and self.lines[-1]):
            self.lines.append(line if line.strip() else "")

    def result(self) -> str:
        self._flush(keep_empty=False)
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines)


def _collapse(line: str) -> str:
    line = _CJK_SEGMENT_BREAK.sub("", line)
    line = _SPACE_RUN.sub(" ", line).strip(" ")
    line = _SPACE_AROUND_CELL.sub("\t", line)
    return line if line.replace("\t", "").strip() else ""
